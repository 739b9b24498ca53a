-- CreateTable
CREATE TABLE "metric_hourly_rollups" (
    "metric" TEXT NOT NULL,
    "source" TEXT NOT NULL,
    "flag_name" TEXT NOT NULL,
    "cohort" TEXT NOT NULL,
    "hour_start" TIMESTAMPTZ(3) NOT NULL,
    "value" DOUBLE PRECISION,
    "sample_size" INTEGER NOT NULL,
    "numerator" DOUBLE PRECISION,
    "computed_at" TIMESTAMPTZ(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "metric_hourly_rollups_pkey" PRIMARY KEY ("metric","flag_name","cohort","hour_start")
);

-- CreateIndex
CREATE INDEX "metric_hourly_rollups_source_hour_start_idx" ON "metric_hourly_rollups"("source", "hour_start");

-- A write to a source table drops the stored hours it touched, so a closed hour whose runs finish late (or
-- whose e-mails bounce hours later) is recomputed on the next view instead of showing what it was. Hours are
-- epoch-aligned, as lib/metrics/hourly-rollups.ts stores them. Statement-level, with transition tables, so a
-- bulk write pays once, not per row.

CREATE OR REPLACE FUNCTION drop_job_execution_rollup_hours() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''DELETE'' THEN
    DELETE FROM metric_hourly_rollups
    WHERE source = ''job_executions'' AND hour_start IN (SELECT DISTINCT to_timestamp(floor(extract(epoch FROM started_at) / 3600) * 3600) FROM new_rows)\073
  END IF\073
  IF TG_OP <> ''INSERT'' THEN
    DELETE FROM metric_hourly_rollups
    WHERE source = ''job_executions'' AND hour_start IN (SELECT DISTINCT to_timestamp(floor(extract(epoch FROM started_at) / 3600) * 3600) FROM old_rows)\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER job_executions_drop_rollup_hours_on_insert AFTER INSERT ON "job_executions"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_job_execution_rollup_hours();

CREATE TRIGGER job_executions_drop_rollup_hours_on_update AFTER UPDATE ON "job_executions"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_job_execution_rollup_hours();

CREATE TRIGGER job_executions_drop_rollup_hours_on_delete AFTER DELETE ON "job_executions"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_job_execution_rollup_hours();

CREATE OR REPLACE FUNCTION drop_email_outbox_rollup_hours() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''DELETE'' THEN
    DELETE FROM metric_hourly_rollups
    WHERE source = ''email_outbox'' AND hour_start IN (SELECT DISTINCT to_timestamp(floor(extract(epoch FROM created_at) / 3600) * 3600) FROM new_rows)\073
  END IF\073
  IF TG_OP <> ''INSERT'' THEN
    DELETE FROM metric_hourly_rollups
    WHERE source = ''email_outbox'' AND hour_start IN (SELECT DISTINCT to_timestamp(floor(extract(epoch FROM created_at) / 3600) * 3600) FROM old_rows)\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER email_outbox_drop_rollup_hours_on_insert AFTER INSERT ON "email_outbox"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_email_outbox_rollup_hours();

CREATE TRIGGER email_outbox_drop_rollup_hours_on_update AFTER UPDATE ON "email_outbox"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_email_outbox_rollup_hours();

CREATE TRIGGER email_outbox_drop_rollup_hours_on_delete AFTER DELETE ON "email_outbox"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_email_outbox_rollup_hours();

CREATE OR REPLACE FUNCTION drop_fatsecret_error_rollup_hours() RETURNS trigger
LANGUAGE plpgsql AS E'
BEGIN
  IF TG_OP <> ''DELETE'' THEN
    DELETE FROM metric_hourly_rollups
    WHERE source = ''fatsecret_api_errors'' AND hour_start IN (SELECT DISTINCT to_timestamp(floor(extract(epoch FROM occurred_at) / 3600) * 3600) FROM new_rows)\073
  END IF\073
  IF TG_OP <> ''INSERT'' THEN
    DELETE FROM metric_hourly_rollups
    WHERE source = ''fatsecret_api_errors'' AND hour_start IN (SELECT DISTINCT to_timestamp(floor(extract(epoch FROM occurred_at) / 3600) * 3600) FROM old_rows)\073
  END IF\073
  RETURN NULL\073
END';

CREATE TRIGGER fatsecret_api_errors_drop_rollup_hours_on_insert AFTER INSERT ON "fatsecret_api_errors"
  REFERENCING NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_fatsecret_error_rollup_hours();

CREATE TRIGGER fatsecret_api_errors_drop_rollup_hours_on_update AFTER UPDATE ON "fatsecret_api_errors"
  REFERENCING OLD TABLE AS old_rows NEW TABLE AS new_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_fatsecret_error_rollup_hours();

CREATE TRIGGER fatsecret_api_errors_drop_rollup_hours_on_delete AFTER DELETE ON "fatsecret_api_errors"
  REFERENCING OLD TABLE AS old_rows FOR EACH STATEMENT EXECUTE FUNCTION drop_fatsecret_error_rollup_hours();
