-- CreateEnum
CREATE TYPE "JobTrigger" AS ENUM ('scheduled', 'manual', 'on_demand', 'cli', 'event');

-- DropIndex
DROP INDEX "scheduled_jobs_user_id_idx";

-- AlterTable
ALTER TABLE "job_executions" ADD COLUMN     "trigger" "JobTrigger" NOT NULL DEFAULT 'event';

-- AlterTable
ALTER TABLE "scheduled_jobs" ADD COLUMN     "booking_key" TEXT,
ADD COLUMN     "last_run_at" TIMESTAMPTZ(3),
ADD COLUMN     "next_run_at" TIMESTAMPTZ(3);

-- CreateIndex
CREATE INDEX "scheduled_jobs_enabled_next_run_at_idx" ON "scheduled_jobs"("enabled", "next_run_at");

-- CreateIndex
CREATE INDEX "scheduled_jobs_booking_key_idx" ON "scheduled_jobs"("booking_key");

-- One row per person and job type from now on: keep each pair's newest booking.
DELETE FROM "scheduled_jobs" a USING "scheduled_jobs" b
 WHERE a."user_id" = b."user_id" AND a."job_type" = b."job_type"
   AND (a."created_at", a."id") < (b."created_at", b."id");

-- CreateIndex
CREATE UNIQUE INDEX "scheduled_jobs_user_id_job_type_key" ON "scheduled_jobs"("user_id", "job_type");

-- Booked one-off jobs that have not run stay due when they were booked for.
UPDATE "scheduled_jobs" SET "next_run_at" = COALESCE("scheduled_for", "created_at")
 WHERE "status" = 'pending' AND "job_type" <> 'WeeklyGeneration';

-- Everyone who can be planned for gets their weekly row, due at their next local plan day and hour
-- (wall-clock arithmetic in their zone, so DST shifts land on the right hour).
WITH local AS (
  SELECT p."user_id", p."time_zone" AS tz, p."plan_weekday", p."plan_hour",
         (now() AT TIME ZONE p."time_zone") AS local_now
    FROM "dietary_preferences" p
    JOIN "users" u ON u."id" = p."user_id" AND u."deleted_at" IS NULL
    JOIN "nutrition_targets" t ON t."user_id" = p."user_id"
   WHERE p."time_zone" IN (SELECT "name" FROM pg_timezone_names)
), candidate AS (
  SELECT "user_id", tz, local_now,
         date_trunc('day', local_now)
           + make_interval(days => (("plan_weekday" - extract(isodow FROM local_now)::int + 7) % 7),
                           hours => "plan_hour") AS c
    FROM local
)
INSERT INTO "scheduled_jobs" ("id", "job_type", "user_id", "frequency", "status", "enabled", "next_run_at", "updated_at")
SELECT 'wg' || md5("user_id"), 'WeeklyGeneration', "user_id", 'weekly', 'pending', true,
       (CASE WHEN c <= local_now THEN c + interval '7 days' ELSE c END) AT TIME ZONE tz, now()
  FROM candidate
ON CONFLICT ("user_id", "job_type") DO UPDATE
   SET "frequency" = 'weekly', "next_run_at" = EXCLUDED."next_run_at";
