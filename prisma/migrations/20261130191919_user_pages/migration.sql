-- AlterTable
ALTER TABLE "grocery_items" ADD COLUMN     "checked_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "meal_plans" ADD COLUMN     "rules" JSONB,
ADD COLUMN     "undo_snapshot" JSONB;

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "onboarded_at" TIMESTAMPTZ(3),
ADD COLUMN     "rollout_banner_dismissed_at" TIMESTAMPTZ(3);
