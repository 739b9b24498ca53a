-- Removed enrolments move from one JSON value per rollback event into rows (data kept).
CREATE TABLE "rollback_removed_enrolments" (
    "rollback_event_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "enabled" BOOLEAN NOT NULL,
    "source" TEXT NOT NULL,
    "enrolled_at" TIMESTAMPTZ(3) NOT NULL,

    CONSTRAINT "rollback_removed_enrolments_pkey" PRIMARY KEY ("rollback_event_id","user_id")
);

ALTER TABLE "rollback_events" ADD COLUMN     "removed_enrolment_count" INTEGER NOT NULL DEFAULT 0;

INSERT INTO "rollback_removed_enrolments" ("rollback_event_id", "user_id", "enabled", "source", "enrolled_at")
SELECT e.id, r->>'userId', (r->>'enabled')::boolean, r->>'source', (r->>'enrolledAt')::timestamptz
FROM "rollback_events" e, jsonb_array_elements(e."removed_enrolments") r
ON CONFLICT DO NOTHING;

UPDATE "rollback_events" SET "removed_enrolment_count" = jsonb_array_length("removed_enrolments");

ALTER TABLE "rollback_events" DROP COLUMN "removed_enrolments";

-- AlterTable
ALTER TABLE "rollout_stages" ADD COLUMN     "overridden_by" TEXT,
ADD COLUMN     "overridden_gates" TEXT[] DEFAULT ARRAY[]::TEXT[],
ADD COLUMN     "override_reason" TEXT;

-- AlterTable
ALTER TABLE "rollouts" ADD COLUMN     "scheduled_start_at" TIMESTAMPTZ(3);

-- CreateTable
CREATE TABLE "rollout_messages" (
    "id" TEXT NOT NULL,
    "rollout_id" TEXT NOT NULL,
    "user_id" TEXT NOT NULL,
    "kind" TEXT NOT NULL,
    "due_at" TIMESTAMPTZ(3) NOT NULL,
    "queued_at" TIMESTAMPTZ(3),
    "outbox_id" TEXT,
    "dismissed_at" TIMESTAMPTZ(3),
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "rollout_messages_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "feedback_reports" (
    "id" TEXT NOT NULL,
    "user_id" TEXT,
    "kind" TEXT NOT NULL,
    "severity" TEXT,
    "message" TEXT NOT NULL,
    "satisfaction" INTEGER,
    "feature_request" TEXT,
    "flag_name" TEXT,
    "triaged_severity" TEXT,
    "triaged_at" TIMESTAMPTZ(3),
    "triaged_by" TEXT,
    "created_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "feedback_reports_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rollout_messages_kind_queued_at_due_at_idx" ON "rollout_messages"("kind", "queued_at", "due_at");

-- CreateIndex
CREATE INDEX "rollout_messages_user_id_kind_idx" ON "rollout_messages"("user_id", "kind");

-- CreateIndex
CREATE UNIQUE INDEX "rollout_messages_rollout_id_user_id_kind_key" ON "rollout_messages"("rollout_id", "user_id", "kind");

-- CreateIndex
CREATE INDEX "feedback_reports_created_at_idx" ON "feedback_reports"("created_at");

-- CreateIndex
CREATE INDEX "feedback_reports_triaged_severity_triaged_at_idx" ON "feedback_reports"("triaged_severity", "triaged_at");

-- AddForeignKey
ALTER TABLE "rollback_removed_enrolments" ADD CONSTRAINT "rollback_removed_enrolments_rollback_event_id_fkey" FOREIGN KEY ("rollback_event_id") REFERENCES "rollback_events"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rollout_messages" ADD CONSTRAINT "rollout_messages_rollout_id_fkey" FOREIGN KEY ("rollout_id") REFERENCES "rollouts"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "rollout_messages" ADD CONSTRAINT "rollout_messages_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "feedback_reports" ADD CONSTRAINT "feedback_reports_user_id_fkey" FOREIGN KEY ("user_id") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- The console searches e-mail with ILIKE with a leading wildcard.
CREATE EXTENSION IF NOT EXISTS pg_trgm;
CREATE INDEX "users_email_trgm_idx" ON "users" USING GIN ("email" gin_trgm_ops);

-- flag_bucket(flag, user) = bucketFor in lib/flags/bucket.ts: MurmurHash3 x86_32 of "flag:user" (the low byte
-- of each character, seed 0) mod 10 000. It lets SQL place a user in a percentage stage without materialising
-- anyone (the canary cohort of the metrics), and an integration test keeps it equal to the TypeScript version.
-- The body is an E-string with every semicolon written as \073 because the WebAssembly migration runner
-- (through @prisma/adapter-pg executeScript) splits a script at every semicolon, even inside a function body.
CREATE OR REPLACE FUNCTION flag_bucket(flag_key text, user_id text) RETURNS integer
LANGUAGE plpgsql IMMUTABLE STRICT PARALLEL SAFE AS E'
DECLARE
  -- 32-bit unsigned arithmetic in bigint: a product a × b mod 2^32 is split at 16 bits so it never overflows.
  mask CONSTANT bigint := 4294967295\073
  c1 CONSTANT bigint := 3432918353\073  -- 0xcc9e2d51
  c2 CONSTANT bigint := 461845907\073   -- 0x1b873593
  f1 CONSTANT bigint := 2246822507\073  -- 0x85ebca6b
  f2 CONSTANT bigint := 3266489909\073  -- 0xc2b2ae35
  s text := flag_key || '':'' || user_id\073
  n integer := length(s)\073
  h bigint := 0\073
  k bigint\073
  i integer := 1\073
  tail integer\073
BEGIN
  WHILE i + 3 <= n LOOP
    k := (ascii(substr(s, i, 1)) & 255) | ((ascii(substr(s, i + 1, 1)) & 255) << 8)
       | ((ascii(substr(s, i + 2, 1)) & 255) << 16) | ((ascii(substr(s, i + 3, 1)) & 255) << 24)\073
    k := (k * (c1 & 65535) + (((k * (c1 >> 16)) & 65535) << 16)) & mask\073
    k := ((k << 15) | (k >> 17)) & mask\073
    k := (k * (c2 & 65535) + (((k * (c2 >> 16)) & 65535) << 16)) & mask\073
    h := h # k\073
    h := ((h << 13) | (h >> 19)) & mask\073
    h := (h * 5 + 3864292196) & mask\073  -- 0xe6546b64
    i := i + 4\073
  END LOOP\073
  tail := n - i + 1\073
  IF tail > 0 THEN
    k := 0\073
    FOR t IN 0 .. tail - 1 LOOP
      k := k | ((ascii(substr(s, i + t, 1)) & 255) << (8 * t))\073
    END LOOP\073
    k := (k * (c1 & 65535) + (((k * (c1 >> 16)) & 65535) << 16)) & mask\073
    k := ((k << 15) | (k >> 17)) & mask\073
    k := (k * (c2 & 65535) + (((k * (c2 >> 16)) & 65535) << 16)) & mask\073
    h := h # k\073
  END IF\073
  h := h # n\073
  h := h # (h >> 16)\073
  h := (h * (f1 & 65535) + (((h * (f1 >> 16)) & 65535) << 16)) & mask\073
  h := h # (h >> 13)\073
  h := (h * (f2 & 65535) + (((h * (f2 >> 16)) & 65535) << 16)) & mask\073
  h := h # (h >> 16)\073
  RETURN (h % 10000)::integer\073
END';
