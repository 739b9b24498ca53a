-- AlterTable
ALTER TABLE "ingredients" ADD COLUMN     "families" TEXT[] DEFAULT ARRAY[]::TEXT[];
