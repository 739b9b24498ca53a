-- AlterTable
ALTER TABLE "rollback_events" ADD COLUMN     "rule" TEXT;

-- CreateTable
CREATE TABLE "rollout_metric_samples" (
    "id" TEXT NOT NULL,
    "metric" TEXT NOT NULL,
    "cohort" TEXT NOT NULL,
    "value" DOUBLE PRECISION,
    "sampled_at" TIMESTAMPTZ(3) NOT NULL,
    "flag_name" TEXT,

    CONSTRAINT "rollout_metric_samples_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "rollout_metric_samples_metric_sampled_at_idx" ON "rollout_metric_samples"("metric", "sampled_at");
