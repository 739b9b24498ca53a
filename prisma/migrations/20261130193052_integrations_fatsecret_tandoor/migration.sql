-- DropForeignKey
ALTER TABLE "fatsecret_diary_entries" DROP CONSTRAINT "fatsecret_diary_entries_planned_meal_id_fkey";

-- AlterTable
ALTER TABLE "fatsecret_connections" ADD COLUMN     "last_error" TEXT,
ADD COLUMN     "last_error_at" TIMESTAMPTZ(3);

-- AlterTable
ALTER TABLE "fatsecret_diary_entries" ADD COLUMN     "entry_name" TEXT,
ADD COLUMN     "recipe_id" TEXT,
ADD COLUMN     "servings" DOUBLE PRECISION,
ALTER COLUMN "planned_meal_id" DROP NOT NULL;

-- AlterTable
ALTER TABLE "recipes" ADD COLUMN     "exclusion_reason" TEXT,
ADD COLUMN     "external_updated_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "fatsecret_oauth_requests" (
    "token" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "token_secret_enc" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fatsecret_oauth_requests_pkey" PRIMARY KEY ("token")
);

-- CreateTable
CREATE TABLE "fatsecret_food_mappings" (
    "recipe_id" TEXT NOT NULL,
    "food_id" TEXT NOT NULL,
    "food_name" TEXT NOT NULL,
    "serving_id" TEXT NOT NULL,
    "serving_kcal" DOUBLE PRECISION NOT NULL,
    "mapped_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fatsecret_food_mappings_pkey" PRIMARY KEY ("recipe_id")
);

-- CreateTable
CREATE TABLE "fatsecret_api_errors" (
    "id" TEXT NOT NULL,
    "method" TEXT NOT NULL,
    "reason" TEXT NOT NULL,
    "user_id" TEXT,
    "occurred_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fatsecret_api_errors_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "catalogue_sync_runs" (
    "id" TEXT NOT NULL,
    "source" TEXT NOT NULL DEFAULT 'tandoor',
    "trigger" TEXT NOT NULL,
    "status" TEXT NOT NULL DEFAULT 'running',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "seen" INTEGER NOT NULL DEFAULT 0,
    "imported" INTEGER NOT NULL DEFAULT 0,
    "updated" INTEGER NOT NULL DEFAULT 0,
    "unchanged" INTEGER NOT NULL DEFAULT 0,
    "excluded" INTEGER NOT NULL DEFAULT 0,
    "exclusions" JSONB NOT NULL DEFAULT '[]',
    "error" TEXT,

    CONSTRAINT "catalogue_sync_runs_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "fatsecret_oauth_requests_user_id_idx" ON "fatsecret_oauth_requests"("user_id");

-- CreateIndex
CREATE INDEX "fatsecret_api_errors_occurred_at_idx" ON "fatsecret_api_errors"("occurred_at");

-- CreateIndex
CREATE INDEX "catalogue_sync_runs_started_at_idx" ON "catalogue_sync_runs"("started_at");

-- AddForeignKey
ALTER TABLE "fatsecret_diary_entries" ADD CONSTRAINT "fatsecret_diary_entries_planned_meal_id_fkey" FOREIGN KEY ("planned_meal_id") REFERENCES "planned_meals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fatsecret_oauth_requests" ADD CONSTRAINT "fatsecret_oauth_requests_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fatsecret_food_mappings" ADD CONSTRAINT "fatsecret_food_mappings_recipe_id_fkey" FOREIGN KEY ("recipe_id") REFERENCES "recipes"("id") ON DELETE CASCADE ON UPDATE CASCADE;
