import { describe, expect, it } from "vitest";
import { inject } from "vitest";
import { db } from "@/lib/db";
import { diffDatabaseToSchema } from "@/scripts/lib/schema-engine";

describe("migrations", () => {
  it("leave the database exactly as schema.prisma describes it (empty diff)", async () => {
    const sql = await diffDatabaseToSchema(inject("databaseUrl"));
    expect(sql.replace(/^-- This is an empty migration\.?$/m, "").trim()).toBe("");
  });

  it("use the table and column names of the rollout plan", async () => {
    const columns = await db.$queryRaw<{ table_name: string; column_name: string }[]>`
      SELECT table_name, column_name FROM information_schema.columns WHERE table_schema = 'public'`;
    const has = (table: string, column: string) =>
      columns.some((c) => c.table_name === table && c.column_name === column);
    for (const [table, column] of [
      ["feature_flags", "flag_name"],
      ["feature_flags", "enabled_globally"],
      ["user_feature_flags", "enrolled_at"],
      ["scheduled_jobs", "job_type"],
      ["job_executions", "job_id"],
      ["job_executions", "status"],
      ["job_executions", "duration_ms"],
      ["job_executions", "error_message"],
      ["job_executions", "started_at"],
      ["meal_plans", "viewed_at"],
      ["meal_plans", "edited_at"],
      ["beta_program_enrollment", "user_id"],
      ["users", "tags"],
    ]) {
      expect(has(table as string, column as string), `${table}.${column}`).toBe(true);
    }
  });
});

/** Every query of the rollout plan's monitoring SQL, verbatim in shape. */
const MONITORING_QUERIES: Record<string, string> = {
  "canary error rate": `
    SELECT COUNT(*) FILTER (WHERE status = 'failed') * 100.0 / COUNT(*) as error_rate_pct, COUNT(*) as total_jobs
    FROM job_executions
    WHERE job_id IN (SELECT id FROM scheduled_jobs WHERE user_id IN
      (SELECT user_id FROM user_feature_flags WHERE flag_name = 'phase3_generation_engine'))
    AND started_at > NOW() - INTERVAL '24 hours'`,
  "p99 latency": `
    SELECT PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY duration_ms) as p99_latency_ms
    FROM job_executions WHERE started_at > NOW() - INTERVAL '24 hours' AND status = 'completed'`,
  "FatSecret sync success": `
    SELECT COUNT(*) FILTER (WHERE status = 'completed') * 100.0 / COUNT(*) as success_rate_pct
    FROM job_executions
    WHERE job_id IN (SELECT id FROM scheduled_jobs WHERE job_type = 'AutoSync')
      AND started_at > NOW() - INTERVAL '24 hours'`,
  "jobs created in the last hour": `
    SELECT job_type, status, COUNT(*) as count FROM scheduled_jobs
    WHERE created_at > NOW() - INTERVAL '1 hour' GROUP BY job_type, status`,
  "recent executions success rate": `
    SELECT status, COUNT(*) as count, AVG(duration_ms) as avg_duration_ms FROM job_executions
    WHERE started_at > NOW() - INTERVAL '1 hour' GROUP BY status`,
  "error messages": `
    SELECT DISTINCT error_message, COUNT(*) as occurrences FROM job_executions
    WHERE status = 'failed' AND started_at > NOW() - INTERVAL '1 hour' GROUP BY error_message`,
  "running jobs": `SELECT COUNT(*) FROM scheduled_jobs WHERE status = 'running'`,
  "cancel pending jobs (rollback)": `
    SELECT id FROM scheduled_jobs WHERE status = 'pending' AND job_type IN ('WeeklyGeneration', 'AutoSync')`,
  "jobs created in the last 5 minutes": `
    SELECT COUNT(*) FROM scheduled_jobs WHERE created_at > NOW() - INTERVAL '5 minutes'`,
  "flag lookup": `SELECT * FROM feature_flags WHERE flag_name = 'phase3_generation_engine'`,
  "real-time canary health": `
    SELECT COUNT(*) as total_executions, COUNT(*) FILTER (WHERE status = 'completed') as successful,
      COUNT(*) FILTER (WHERE status = 'failed') as failed,
      PERCENTILE_CONT(0.99) WITHIN GROUP (ORDER BY duration_ms) as p99_latency_ms
    FROM job_executions WHERE started_at > NOW() - INTERVAL '5 minutes'`,
  "canary engagement": `
    SELECT COUNT(DISTINCT ue.user_id) as total_canary_users,
      COUNT(DISTINCT CASE WHEN mp.viewed_at IS NOT NULL THEN ue.user_id END) as users_viewed_plan
    FROM user_feature_flags ue
    LEFT JOIN meal_plans mp ON mp.user_id = ue.user_id AND mp.created_at > NOW() - INTERVAL '24 hours'
    WHERE ue.flag_name = 'phase3_generation_engine' AND ue.enabled = true`,
};

interface PlanNode {
  "Node Type": string;
  "Relation Name"?: string;
  Plans?: PlanNode[];
}

function seqScans(node: PlanNode): string[] {
  const own = node["Node Type"] === "Seq Scan" ? [node["Relation Name"] ?? "?"] : [];
  return [...own, ...(node.Plans ?? []).flatMap(seqScans)];
}

describe("indexes", () => {
  // With sequential scans priced out, the planner still picks one wherever no index can serve the query.
  it.each(Object.entries(MONITORING_QUERIES))("serve the monitoring query: %s", async (_name, sql) => {
    const plan = await db.$transaction(async (tx) => {
      await tx.$executeRawUnsafe("SET LOCAL enable_seqscan = off");
      return tx.$queryRawUnsafe<{ "QUERY PLAN": [{ Plan: PlanNode }] }[]>(`EXPLAIN (FORMAT JSON) ${sql}`);
    });
    const root = plan[0]?.["QUERY PLAN"][0].Plan;
    expect(root).toBeDefined();
    expect(seqScans(root as PlanNode)).toEqual([]);
  });
});
