-- AlterTable
ALTER TABLE "users" DROP COLUMN "rollout_banner_dismissed_at";
