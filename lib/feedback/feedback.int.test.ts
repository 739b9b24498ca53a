import { beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { countCriticalReports, submitFeedback, triageReport } from "@/lib/feedback";
import { advanceRollout, createRollout, observeRollouts, startRollout } from "@/lib/rollouts";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const STAFF = { id: "staff-1", label: "staff@example.com" };
const MINUTE = 60_000;

describe("feedback, triage and the critical-bug gate", () => {
  beforeEach(async () => {
    await resetDatabase();
    await db.user.createMany({
      data: [
        { id: "staff-1", email: "staff@example.com", name: "Staff", role: "staff" },
        { id: "ann", email: "ann+beta@example.com", name: "Ann" },
      ],
    });
    await db.featureFlag.create({ data: { flagName: FLAG } });
  });

  it("refuses a bug report without a severity and a message too short to act on", async () => {
    await expect(submitFeedback("ann", { kind: "bug", message: "broken" } as never)).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
    await expect(submitFeedback("ann", { kind: "feedback", message: "ok" })).rejects.toMatchObject({
      code: "BAD_REQUEST",
    });
  });

  it("counts only reports staff triaged critical, not what the reporter chose", async () => {
    const report = await submitFeedback("ann", {
      kind: "bug",
      message: "The plan shows 0 kcal for every meal",
      severity: "critical",
    });
    const now = new Date(Date.now() + 1);
    expect(await countCriticalReports(FLAG, now)).toEqual({ critical: 0, received: 1 });
    await triageReport({ reportId: report.id, severity: "critical" }, STAFF, now);
    expect(await countCriticalReports(FLAG, new Date(now.getTime() + 1))).toEqual({
      critical: 1,
      received: 1,
    });
    expect(await db.auditLog.count({ where: { action: "feedback.triage" } })).toBe(1);
  });

  it("holds a stage while a report triaged critical is under 24 hours old", async () => {
    const start = new Date(Date.now() - 3 * 60 * MINUTE);
    await createRollout({
      flagName: FLAG,
      stages: [
        { percentage: 5, minSoakMs: 0 },
        { percentage: 100, minSoakMs: 0 },
      ],
      actor: STAFF,
    });
    await startRollout({ flagName: FLAG, actor: STAFF }, start);
    const report = await submitFeedback("ann", {
      kind: "bug",
      message: "Grocery list is empty",
      severity: "high",
    });
    await triageReport({ reportId: report.id, severity: "critical" }, STAFF);
    const [observed] = await observeRollouts();
    expect(observed?.waitingFor).toContain("Critical bug reports (24 h) is 1 reports (needs < 1 reports)");
    await expect(advanceRollout({ flagName: FLAG, actor: STAFF })).rejects.toMatchObject({
      code: "CONFLICT",
      message: expect.stringContaining("Critical bug reports"),
    });
  });
});
