-- AlterTable
ALTER TABLE "email_outbox" ADD COLUMN     "cohort_flags" text[];

-- AlterTable
ALTER TABLE "fatsecret_api_errors" ADD COLUMN     "cohort_flags" text[];

-- AlterTable
ALTER TABLE "job_executions" ADD COLUMN     "cohort_flags" text[];

-- The flags on for a person now, decided as evaluateFlag does minus the kill switch: an explicit enrolment (on
-- or off) first, else the global switch or the percentage bucket. NULL for no person (a system run).
-- Percentage stages are not written out as enrolments, so this is how a 25 % stage's people count as canary.
-- Only flags strictly between 0 and 100 % pay for flag_bucket.
CREATE OR REPLACE FUNCTION flags_on_for(person text) RETURNS text[]
LANGUAGE sql STABLE STRICT PARALLEL SAFE AS $$
  SELECT COALESCE(array_agg(ff.flag_name ORDER BY ff.flag_name), ARRAY[]::text[])
  FROM feature_flags ff
  LEFT JOIN user_feature_flags uff ON uff.flag_name = ff.flag_name AND uff.user_id = person
  WHERE COALESCE(
    uff.enabled,
    ff.enabled_globally
      OR ff.rollout_percentage >= 100
      OR (ff.rollout_percentage > 0 AND flag_bucket(ff.flag_name, person) < ROUND(ff.rollout_percentage * 100)))
$$;

-- Each row records its person's cohort when it is written, so rollout metrics read a column instead of
-- hashing every row's person at query time (at a million people that hash, over a day of runs, outran the
-- statement timeout), and a run counts for the cohort its person was in when it ran: after a rollback the
-- canary's history is still the canary's. A writer that already knows the cohort may set the column itself.
-- A run's person is its scheduled job's person, falling back to the person the run recorded.
CREATE OR REPLACE FUNCTION record_job_execution_cohort() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF NEW.cohort_flags IS NULL THEN
    NEW.cohort_flags := flags_on_for(
      COALESCE((SELECT sj.user_id FROM scheduled_jobs sj WHERE sj.id = NEW.job_id), NEW.user_id))\073
  END IF\073
  RETURN NEW\073
END';

CREATE OR REPLACE FUNCTION record_person_cohort() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF NEW.cohort_flags IS NULL THEN
    NEW.cohort_flags := flags_on_for(NEW.user_id)\073
  END IF\073
  RETURN NEW\073
END';

CREATE TRIGGER job_executions_record_cohort BEFORE INSERT ON "job_executions"
  FOR EACH ROW EXECUTE FUNCTION record_job_execution_cohort();

CREATE TRIGGER email_outbox_record_cohort BEFORE INSERT ON "email_outbox"
  FOR EACH ROW EXECUTE FUNCTION record_person_cohort();

CREATE TRIGGER fatsecret_api_errors_record_cohort BEFORE INSERT ON "fatsecret_api_errors"
  FOR EACH ROW EXECUTE FUNCTION record_person_cohort();

-- Rows written before this migration get the cohort of their person now (the rule metrics used until
-- today), for the windows the console and the guard read: the last week.
UPDATE "job_executions" je
SET cohort_flags = flags_on_for(COALESCE((SELECT sj.user_id FROM scheduled_jobs sj WHERE sj.id = je.job_id), je.user_id))
WHERE je.started_at > now() - interval '7 days';

UPDATE "email_outbox" SET cohort_flags = flags_on_for(user_id) WHERE created_at > now() - interval '7 days';

UPDATE "fatsecret_api_errors" SET cohort_flags = flags_on_for(user_id) WHERE occurred_at > now() - interval '7 days';
