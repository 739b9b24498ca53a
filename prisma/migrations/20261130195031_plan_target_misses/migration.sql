-- AlterTable
ALTER TABLE "meal_plans" ADD COLUMN     "target_misses" JSONB NOT NULL DEFAULT '[]';
