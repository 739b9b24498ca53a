-- CreateEnum
CREATE TYPE "Role" AS ENUM ('user', 'staff');

-- CreateEnum
CREATE TYPE "Diet" AS ENUM ('vegan', 'vegetarian', 'pescatarian', 'omnivore');

-- CreateEnum
CREATE TYPE "Allergen" AS ENUM ('gluten', 'dairy', 'egg', 'nuts', 'peanuts', 'soy', 'fish', 'shellfish');

-- CreateEnum
CREATE TYPE "MealSlot" AS ENUM ('breakfast', 'lunch', 'dinner', 'snack');

-- CreateEnum
CREATE TYPE "RecipeSource" AS ENUM ('catalogue', 'tandoor');

-- CreateEnum
CREATE TYPE "MealPlanStatus" AS ENUM ('generating', 'ready', 'failed', 'superseded');

-- CreateEnum
CREATE TYPE "RolloutStatus" AS ENUM ('draft', 'active', 'paused', 'completed', 'rolled_back');

-- CreateEnum
CREATE TYPE "JobType" AS ENUM ('WeeklyGeneration', 'AutoSync', 'PlanNotification', 'RolloutGuard', 'SchedulerFanOut', 'CatalogueSync');

-- CreateEnum
CREATE TYPE "JobStatus" AS ENUM ('pending', 'running', 'completed', 'failed', 'cancelled');

-- CreateEnum
CREATE TYPE "EmailStatus" AS ENUM ('pending', 'sent', 'delivered', 'failed', 'bounced', 'suppressed');

-- CreateTable
CREATE TABLE "users" (
    "id" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "email" TEXT NOT NULL,
    "email_verified" BOOLEAN NOT NULL DEFAULT false,
    "image" TEXT,
    "role" "Role" NOT NULL DEFAULT 'user',
    "tags" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "last_sign_in_at" TIMESTAMPTZ(3),
    "deleted_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "users_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "sessions" (
    "id" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "ip_address" TEXT,
    "user_agent" TEXT,
    "user_id" TEXT NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "accounts" (
    "id" TEXT NOT NULL,
    "account_id" TEXT NOT NULL,
    "provider_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token" TEXT,
    "refresh_token" TEXT,
    "id_token" TEXT,
    "access_token_expires_at" TIMESTAMPTZ(3),
    "refresh_token_expires_at" TIMESTAMPTZ(3),
    "scope" TEXT,
    "password" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "verifications" (
    "id" TEXT NOT NULL,
    "identifier" TEXT NOT NULL,
    "value" TEXT NOT NULL,
    "expires_at" TIMESTAMPTZ(3) NOT NULL,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "verifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rate_limits" (
    "id" TEXT NOT NULL,
    "key" TEXT NOT NULL,
    "count" INTEGER NOT NULL,
    "last_request" BIGINT NOT NULL,

    CONSTRAINT "rate_limits_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "nutrition_targets" (
    "user_id" TEXT NOT NULL,
    "kcal" INTEGER NOT NULL,
    "protein_g" INTEGER NOT NULL,
    "carbs_g" INTEGER NOT NULL,
    "fat_g" INTEGER NOT NULL,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "nutrition_targets_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "dietary_preferences" (
    "user_id" TEXT NOT NULL,
    "diet" "Diet" NOT NULL DEFAULT 'omnivore',
    "allergens" "Allergen"[] DEFAULT ARRAY[]::"Allergen"[],
    "dislikes" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "meals_per_day" INTEGER NOT NULL DEFAULT 3,
    "household_size" INTEGER NOT NULL DEFAULT 1,
    "time_zone" TEXT NOT NULL DEFAULT 'UTC',
    "plan_weekday" INTEGER NOT NULL DEFAULT 5,
    "plan_hour" INTEGER NOT NULL DEFAULT 6,
    "email_opt_in" BOOLEAN NOT NULL DEFAULT true,
    "leftovers_enabled" BOOLEAN NOT NULL DEFAULT true,
    "weekday_time_limits" JSONB,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "dietary_preferences_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "ingredients" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "aisle" TEXT NOT NULL,
    "density_g_per_ml" DOUBLE PRECISION,
    "grams_per_count" JSONB,
    "kcal_per_100g" DOUBLE PRECISION NOT NULL,
    "protein_per_100g" DOUBLE PRECISION NOT NULL,
    "carbs_per_100g" DOUBLE PRECISION NOT NULL,
    "fat_per_100g" DOUBLE PRECISION NOT NULL,
    "diet" "Diet" NOT NULL,
    "allergens" "Allergen"[] DEFAULT ARRAY[]::"Allergen"[],
    "is_pantry_staple" BOOLEAN NOT NULL DEFAULT false,

    CONSTRAINT "ingredients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recipes" (
    "id" TEXT NOT NULL,
    "slug" TEXT NOT NULL,
    "name" TEXT NOT NULL,
    "source" "RecipeSource" NOT NULL DEFAULT 'catalogue',
    "external_id" TEXT,
    "slots" "MealSlot"[],
    "diet" "Diet" NOT NULL,
    "allergens" "Allergen"[] DEFAULT ARRAY[]::"Allergen"[],
    "prep_minutes" INTEGER NOT NULL,
    "cook_minutes" INTEGER NOT NULL,
    "servings" INTEGER NOT NULL,
    "kcal_per_serving" DOUBLE PRECISION NOT NULL,
    "protein_g_per_serving" DOUBLE PRECISION NOT NULL,
    "carbs_g_per_serving" DOUBLE PRECISION NOT NULL,
    "fat_g_per_serving" DOUBLE PRECISION NOT NULL,
    "steps" TEXT[] DEFAULT ARRAY[]::TEXT[],
    "is_active" BOOLEAN NOT NULL DEFAULT true,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "recipes_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "recipe_ingredients" (
    "id" TEXT NOT NULL,
    "recipe_id" TEXT NOT NULL,
    "ingredient_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION,
    "unit" TEXT NOT NULL,
    "note" TEXT,

    CONSTRAINT "recipe_ingredients_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "meal_plans" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "week_start" DATE NOT NULL,
    "status" "MealPlanStatus" NOT NULL DEFAULT 'generating',
    "score" DOUBLE PRECISION,
    "relaxations" JSONB NOT NULL DEFAULT '[]',
    "engine_version" TEXT,
    "seed" INTEGER,
    "viewed_at" TIMESTAMPTZ(3),
    "edited_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "meal_plans_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "planned_meals" (
    "id" TEXT NOT NULL,
    "meal_plan_id" TEXT NOT NULL,
    "day_index" INTEGER NOT NULL,
    "date" DATE NOT NULL,
    "slot" "MealSlot" NOT NULL,
    "slot_index" INTEGER NOT NULL DEFAULT 0,
    "recipe_id" TEXT NOT NULL,
    "servings" DOUBLE PRECISION NOT NULL,
    "is_locked" BOOLEAN NOT NULL DEFAULT false,
    "leftover_of_id" TEXT,
    "leftover_portions" DOUBLE PRECISION NOT NULL DEFAULT 0,
    "kcal" DOUBLE PRECISION NOT NULL,
    "protein_g" DOUBLE PRECISION NOT NULL,
    "carbs_g" DOUBLE PRECISION NOT NULL,
    "fat_g" DOUBLE PRECISION NOT NULL,

    CONSTRAINT "planned_meals_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "grocery_items" (
    "id" TEXT NOT NULL,
    "meal_plan_id" TEXT NOT NULL,
    "ingredient_id" TEXT,
    "name" TEXT NOT NULL,
    "aisle" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "quantity" DOUBLE PRECISION,
    "unit" TEXT,
    "purchase_quantity" DOUBLE PRECISION,
    "purchase_unit" TEXT,
    "is_pantry_staple" BOOLEAN NOT NULL DEFAULT false,
    "is_checked" BOOLEAN NOT NULL DEFAULT false,
    "note" TEXT,

    CONSTRAINT "grocery_items_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "prep_tasks" (
    "id" TEXT NOT NULL,
    "meal_plan_id" TEXT NOT NULL,
    "session_day" INTEGER NOT NULL,
    "session_label" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "description" TEXT NOT NULL,
    "minutes" INTEGER NOT NULL,
    "for_meals" JSONB NOT NULL DEFAULT '[]',

    CONSTRAINT "prep_tasks_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feature_flags" (
    "id" TEXT NOT NULL,
    "flag_name" TEXT NOT NULL,
    "description" TEXT,
    "enabled_globally" BOOLEAN NOT NULL DEFAULT false,
    "rollout_percentage" DECIMAL(5,2) NOT NULL DEFAULT 0,
    "kill_switch" BOOLEAN NOT NULL DEFAULT false,
    "kill_switch_reason" TEXT,
    "version" INTEGER NOT NULL DEFAULT 1,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "feature_flags_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "user_feature_flags" (
    "user_id" TEXT NOT NULL,
    "flag_name" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "source" TEXT NOT NULL DEFAULT 'manual',
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "user_feature_flags_pkey" PRIMARY KEY ("user_id","flag_name")
);

-- CreateTable
CREATE TABLE "beta_program_enrollment" (
    "user_id" TEXT NOT NULL,
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "beta_program_enrollment_pkey" PRIMARY KEY ("user_id")
);

-- CreateTable
CREATE TABLE "rollouts" (
    "id" TEXT NOT NULL,
    "flag_name" TEXT NOT NULL,
    "status" "RolloutStatus" NOT NULL DEFAULT 'draft',
    "current_stage_index" INTEGER NOT NULL DEFAULT -1,
    "auto_advance" BOOLEAN NOT NULL DEFAULT false,
    "stage_entered_at" TIMESTAMPTZ(3),
    "gates_green_since" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rollouts_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rollout_stages" (
    "id" TEXT NOT NULL,
    "rollout_id" TEXT NOT NULL,
    "position" INTEGER NOT NULL,
    "percentage" DECIMAL(5,2) NOT NULL,
    "min_soak_minutes" INTEGER NOT NULL,
    "entered_at" TIMESTAMPTZ(3),
    "completed_at" TIMESTAMPTZ(3),

    CONSTRAINT "rollout_stages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" TEXT NOT NULL,
    "actor_id" TEXT,
    "actor_label" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "target_type" TEXT NOT NULL,
    "target_id" TEXT NOT NULL,
    "before" JSONB,
    "after" JSONB,
    "reason" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "rollback_events" (
    "id" TEXT NOT NULL,
    "flag_name" TEXT NOT NULL,
    "rollout_id" TEXT,
    "trigger" TEXT NOT NULL,
    "action" TEXT NOT NULL,
    "metric" TEXT,
    "value" DOUBLE PRECISION,
    "threshold" DOUBLE PRECISION,
    "window_seconds" INTEGER,
    "reason" TEXT NOT NULL,
    "actor_id" TEXT,
    "removed_enrolments" JSONB NOT NULL DEFAULT '[]',
    "cancelled_jobs" INTEGER NOT NULL DEFAULT 0,
    "restored_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rollback_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "scheduled_jobs" (
    "id" TEXT NOT NULL,
    "job_type" "JobType" NOT NULL,
    "user_id" TEXT,
    "frequency" TEXT NOT NULL DEFAULT 'once',
    "status" "JobStatus" NOT NULL DEFAULT 'pending',
    "enabled" BOOLEAN NOT NULL DEFAULT true,
    "scheduled_for" TIMESTAMPTZ(3),
    "idempotency_key" TEXT,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updated_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "scheduled_jobs_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "job_executions" (
    "id" TEXT NOT NULL,
    "job_id" TEXT,
    "job_type" "JobType" NOT NULL,
    "user_id" TEXT,
    "function_id" TEXT NOT NULL,
    "run_id" TEXT NOT NULL,
    "attempt" INTEGER NOT NULL DEFAULT 0,
    "status" "JobStatus" NOT NULL DEFAULT 'running',
    "started_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "finished_at" TIMESTAMPTZ(3),
    "duration_ms" INTEGER,
    "error_message" TEXT,

    CONSTRAINT "job_executions_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "email_outbox" (
    "id" TEXT NOT NULL,
    "user_id" TEXT,
    "to_address" TEXT NOT NULL,
    "template" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "payload" JSONB NOT NULL DEFAULT '{}',
    "status" "EmailStatus" NOT NULL DEFAULT 'pending',
    "idempotency_key" TEXT NOT NULL,
    "provider_message_id" TEXT,
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "last_error" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "sent_at" TIMESTAMPTZ(3),

    CONSTRAINT "email_outbox_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fatsecret_connections" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "access_token_enc" TEXT NOT NULL,
    "access_secret_enc" TEXT,
    "refresh_token_enc" TEXT,
    "expires_at" TIMESTAMPTZ(3),
    "is_auto_sync_enabled" BOOLEAN NOT NULL DEFAULT true,
    "connected_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "last_synced_at" TIMESTAMPTZ(3),

    CONSTRAINT "fatsecret_connections_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "fatsecret_diary_entries" (
    "id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "planned_meal_id" TEXT NOT NULL,
    "fatsecret_entry_id" TEXT,
    "status" TEXT NOT NULL DEFAULT 'pending',
    "last_error" TEXT,
    "synced_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "fatsecret_diary_entries_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE UNIQUE INDEX "users_email_key" ON "users"("email");

-- CreateIndex
CREATE INDEX "users_last_sign_in_at_idx" ON "users"("last_sign_in_at");

-- CreateIndex
CREATE INDEX "users_tags_idx" ON "users" USING GIN ("tags");

-- CreateIndex
CREATE UNIQUE INDEX "sessions_token_key" ON "sessions"("token");

-- CreateIndex
CREATE INDEX "sessions_user_id_idx" ON "sessions"("user_id");

-- CreateIndex
CREATE INDEX "accounts_user_id_idx" ON "accounts"("user_id");

-- CreateIndex
CREATE INDEX "verifications_identifier_idx" ON "verifications"("identifier");

-- CreateIndex
CREATE UNIQUE INDEX "rate_limits_key_key" ON "rate_limits"("key");

-- CreateIndex
CREATE INDEX "dietary_preferences_plan_weekday_plan_hour_idx" ON "dietary_preferences"("plan_weekday", "plan_hour");

-- CreateIndex
CREATE UNIQUE INDEX "ingredients_slug_key" ON "ingredients"("slug");

-- CreateIndex
CREATE UNIQUE INDEX "recipes_slug_key" ON "recipes"("slug");

-- CreateIndex
CREATE INDEX "recipes_is_active_diet_idx" ON "recipes"("is_active", "diet");

-- CreateIndex
CREATE UNIQUE INDEX "recipes_source_external_id_key" ON "recipes"("source", "external_id");

-- CreateIndex
CREATE INDEX "recipe_ingredients_ingredient_id_idx" ON "recipe_ingredients"("ingredient_id");

-- CreateIndex
CREATE UNIQUE INDEX "recipe_ingredients_recipe_id_position_key" ON "recipe_ingredients"("recipe_id", "position");

-- CreateIndex
CREATE INDEX "meal_plans_user_id_created_at_idx" ON "meal_plans"("user_id", "created_at");

-- CreateIndex
CREATE INDEX "meal_plans_created_at_idx" ON "meal_plans"("created_at");

-- CreateIndex
CREATE UNIQUE INDEX "meal_plans_user_id_week_start_key" ON "meal_plans"("user_id", "week_start");

-- CreateIndex
CREATE INDEX "planned_meals_recipe_id_idx" ON "planned_meals"("recipe_id");

-- CreateIndex
CREATE INDEX "planned_meals_leftover_of_id_idx" ON "planned_meals"("leftover_of_id");

-- CreateIndex
CREATE UNIQUE INDEX "planned_meals_meal_plan_id_day_index_slot_slot_index_key" ON "planned_meals"("meal_plan_id", "day_index", "slot", "slot_index");

-- CreateIndex
CREATE INDEX "grocery_items_meal_plan_id_position_idx" ON "grocery_items"("meal_plan_id", "position");

-- CreateIndex
CREATE INDEX "grocery_items_ingredient_id_idx" ON "grocery_items"("ingredient_id");

-- CreateIndex
CREATE INDEX "prep_tasks_meal_plan_id_position_idx" ON "prep_tasks"("meal_plan_id", "position");

-- CreateIndex
CREATE UNIQUE INDEX "feature_flags_flag_name_key" ON "feature_flags"("flag_name");

-- CreateIndex
CREATE INDEX "user_feature_flags_flag_name_enabled_idx" ON "user_feature_flags"("flag_name", "enabled");

-- CreateIndex
CREATE INDEX "rollouts_flag_name_status_idx" ON "rollouts"("flag_name", "status");

-- CreateIndex
CREATE UNIQUE INDEX "rollout_stages_rollout_id_position_key" ON "rollout_stages"("rollout_id", "position");

-- CreateIndex
CREATE INDEX "audit_log_created_at_idx" ON "audit_log"("created_at");

-- CreateIndex
CREATE INDEX "audit_log_target_type_target_id_created_at_idx" ON "audit_log"("target_type", "target_id", "created_at");

-- CreateIndex
CREATE INDEX "rollback_events_created_at_idx" ON "rollback_events"("created_at");

-- CreateIndex
CREATE INDEX "rollback_events_flag_name_created_at_idx" ON "rollback_events"("flag_name", "created_at");

-- CreateIndex
CREATE UNIQUE INDEX "scheduled_jobs_idempotency_key_key" ON "scheduled_jobs"("idempotency_key");

-- CreateIndex
CREATE INDEX "scheduled_jobs_user_id_idx" ON "scheduled_jobs"("user_id");

-- CreateIndex
CREATE INDEX "scheduled_jobs_job_type_idx" ON "scheduled_jobs"("job_type");

-- CreateIndex
CREATE INDEX "scheduled_jobs_status_job_type_idx" ON "scheduled_jobs"("status", "job_type");

-- CreateIndex
CREATE INDEX "scheduled_jobs_created_at_idx" ON "scheduled_jobs"("created_at");

-- CreateIndex
CREATE INDEX "job_executions_started_at_idx" ON "job_executions"("started_at");

-- CreateIndex
CREATE INDEX "job_executions_status_started_at_idx" ON "job_executions"("status", "started_at");

-- CreateIndex
CREATE INDEX "job_executions_job_id_started_at_idx" ON "job_executions"("job_id", "started_at");

-- CreateIndex
CREATE INDEX "job_executions_job_type_started_at_idx" ON "job_executions"("job_type", "started_at");

-- CreateIndex
CREATE INDEX "job_executions_user_id_started_at_idx" ON "job_executions"("user_id", "started_at");

-- CreateIndex
CREATE UNIQUE INDEX "job_executions_run_id_attempt_key" ON "job_executions"("run_id", "attempt");

-- CreateIndex
CREATE UNIQUE INDEX "email_outbox_idempotency_key_key" ON "email_outbox"("idempotency_key");

-- CreateIndex
CREATE INDEX "email_outbox_status_created_at_idx" ON "email_outbox"("status", "created_at");

-- CreateIndex
CREATE INDEX "email_outbox_created_at_idx" ON "email_outbox"("created_at");

-- CreateIndex
CREATE INDEX "email_outbox_user_id_idx" ON "email_outbox"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "fatsecret_connections_user_id_key" ON "fatsecret_connections"("user_id");

-- CreateIndex
CREATE UNIQUE INDEX "fatsecret_diary_entries_planned_meal_id_key" ON "fatsecret_diary_entries"("planned_meal_id");

-- CreateIndex
CREATE INDEX "fatsecret_diary_entries_user_id_synced_at_idx" ON "fatsecret_diary_entries"("user_id", "synced_at");

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "nutrition_targets" ADD CONSTRAINT "nutrition_targets_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "dietary_preferences" ADD CONSTRAINT "dietary_preferences_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_recipe_id_fkey" FOREIGN KEY ("recipe_id") REFERENCES "recipes"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "recipe_ingredients" ADD CONSTRAINT "recipe_ingredients_ingredient_id_fkey" FOREIGN KEY ("ingredient_id") REFERENCES "ingredients"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "meal_plans" ADD CONSTRAINT "meal_plans_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_meals" ADD CONSTRAINT "planned_meals_meal_plan_id_fkey" FOREIGN KEY ("meal_plan_id") REFERENCES "meal_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_meals" ADD CONSTRAINT "planned_meals_recipe_id_fkey" FOREIGN KEY ("recipe_id") REFERENCES "recipes"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "planned_meals" ADD CONSTRAINT "planned_meals_leftover_of_id_fkey" FOREIGN KEY ("leftover_of_id") REFERENCES "planned_meals"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grocery_items" ADD CONSTRAINT "grocery_items_meal_plan_id_fkey" FOREIGN KEY ("meal_plan_id") REFERENCES "meal_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "grocery_items" ADD CONSTRAINT "grocery_items_ingredient_id_fkey" FOREIGN KEY ("ingredient_id") REFERENCES "ingredients"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "prep_tasks" ADD CONSTRAINT "prep_tasks_meal_plan_id_fkey" FOREIGN KEY ("meal_plan_id") REFERENCES "meal_plans"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_feature_flags" ADD CONSTRAINT "user_feature_flags_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "user_feature_flags" ADD CONSTRAINT "user_feature_flags_flag_name_fkey" FOREIGN KEY ("flag_name") REFERENCES "feature_flags"("flag_name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "beta_program_enrollment" ADD CONSTRAINT "beta_program_enrollment_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rollouts" ADD CONSTRAINT "rollouts_flag_name_fkey" FOREIGN KEY ("flag_name") REFERENCES "feature_flags"("flag_name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rollout_stages" ADD CONSTRAINT "rollout_stages_rollout_id_fkey" FOREIGN KEY ("rollout_id") REFERENCES "rollouts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actor_id_fkey" FOREIGN KEY ("actor_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rollback_events" ADD CONSTRAINT "rollback_events_flag_name_fkey" FOREIGN KEY ("flag_name") REFERENCES "feature_flags"("flag_name") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rollback_events" ADD CONSTRAINT "rollback_events_rollout_id_fkey" FOREIGN KEY ("rollout_id") REFERENCES "rollouts"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "scheduled_jobs" ADD CONSTRAINT "scheduled_jobs_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_executions" ADD CONSTRAINT "job_executions_job_id_fkey" FOREIGN KEY ("job_id") REFERENCES "scheduled_jobs"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "job_executions" ADD CONSTRAINT "job_executions_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "email_outbox" ADD CONSTRAINT "email_outbox_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fatsecret_connections" ADD CONSTRAINT "fatsecret_connections_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fatsecret_diary_entries" ADD CONSTRAINT "fatsecret_diary_entries_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "fatsecret_diary_entries" ADD CONSTRAINT "fatsecret_diary_entries_planned_meal_id_fkey" FOREIGN KEY ("planned_meal_id") REFERENCES "planned_meals"("id") ON DELETE CASCADE ON UPDATE CASCADE;
