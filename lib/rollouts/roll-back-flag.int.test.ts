import { createServer, type IncomingMessage, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { createFeatureFlagClient, type Actor } from "@/lib/flags/server";
import {
  createRollout,
  disableAutosync,
  listRollbackEvents,
  pauseScheduler,
  restoreEnrolments,
  rollBackFlag,
  startRollout,
} from "@/lib/rollouts";
import { resetDatabase } from "@/test/reset-database";

const FLAG = "phase3_generation_engine";
const STAFF: Actor = { id: "staff-1", label: "ops@example.com" };

let server: Server;
let webhookUrl: string;
let received: { body: unknown; contentType: string | undefined }[] = [];
let webhookStatus = 200;

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

beforeAll(async () => {
  server = createServer((request, response) => {
    void readBody(request).then((body) => {
      received.push({ body: JSON.parse(body), contentType: request.headers["content-type"] });
      response.statusCode = webhookStatus;
      response.end("ok");
    });
  });
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  webhookUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks/rollback`;
});

afterAll(async () => {
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

async function seed(): Promise<void> {
  await db.user.createMany({
    data: [
      { id: "staff-1", email: "ops@example.com", name: "Ops", role: "staff" },
      { id: "staff-2", email: "lead@example.com", name: "Lead", role: "staff" },
      { id: "beta-1", email: "b1+beta@example.com", name: "B1" },
      { id: "beta-2", email: "b2+beta@example.com", name: "B2" },
      ...Array.from({ length: 30 }, (_, i) => ({
        id: `user-${i}`,
        email: `u${i}@example.com`,
        name: `U${i}`,
      })),
    ],
  });
  await db.featureFlag.create({ data: { flagName: FLAG } });
  await db.scheduledJob.createMany({
    data: [
      { jobType: "WeeklyGeneration", userId: "beta-1", status: "pending" },
      { jobType: "AutoSync", userId: "user-1", status: "pending" },
      { jobType: "AutoSync", userId: "user-2", status: "running" },
      { jobType: "PlanNotification", userId: "user-3", status: "pending" },
      { jobType: "WeeklyGeneration", userId: "user-4", status: "completed" },
    ],
  });
}

describe("rollBackFlag", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seed();
    received = [];
    webhookStatus = 200;
  });

  it("does the runbook's rollback in one go, alerts staff and the webhook, and can be restored", async () => {
    await createRollout({ flagName: FLAG, actor: STAFF });
    await startRollout({ flagName: FLAG, actor: STAFF });
    const enrolledBefore = await db.userFeatureFlag.findMany({
      where: { flagName: FLAG },
      orderBy: { userId: "asc" },
    });
    expect(enrolledBefore.length).toBeGreaterThanOrEqual(2);
    const versionBefore = (await db.featureFlag.findUniqueOrThrow({ where: { flagName: FLAG } })).version;

    const result = await rollBackFlag(
      {
        flagName: FLAG,
        trigger: "manual",
        reason: "incorrect macro totals reported",
        actor: STAFF,
        rule: "job_error_rate",
        metric: "job_error_rate",
        value: 12.5,
        threshold: 5,
        windowSeconds: 120,
      },
      { webhookUrl },
    );

    // 1. The flag is off for everyone not enrolled — and nobody is enrolled any more; the kill switch is untouched.
    const flag = await db.featureFlag.findUniqueOrThrow({ where: { flagName: FLAG } });
    expect(flag).toMatchObject({ enabledGlobally: false, killSwitch: false });
    expect(Number(flag.rolloutPercentage)).toBe(0);
    expect(flag.version).toBeGreaterThan(versionBefore);
    expect(await db.userFeatureFlag.count({ where: { flagName: FLAG } })).toBe(0);
    expect(await createFeatureFlagClient().isEnabled({ id: "beta-1" }, FLAG)).toBe(false);
    // 2. Pending generation and sync jobs are cancelled; running ones and other types are not.
    expect(result.cancelledJobs).toBe(2);
    const jobs = await db.scheduledJob.findMany({ select: { jobType: true, status: true } });
    expect(
      jobs
        .filter((j) => j.status === "cancelled")
        .map((j) => j.jobType)
        .sort(),
    ).toEqual(["AutoSync", "WeeklyGeneration"]);
    expect(jobs).toContainEqual({ jobType: "AutoSync", status: "running" });
    expect(jobs).toContainEqual({ jobType: "PlanNotification", status: "pending" });
    // 3. The event keeps what was removed; the rollout is rolled back; the audit says who and why.
    const event = await db.rollbackEvent.findUniqueOrThrow({ where: { id: result.rollbackEventId } });
    expect(event).toMatchObject({
      flagName: FLAG,
      trigger: "manual",
      action: "rollback",
      rule: "job_error_rate",
      metric: "job_error_rate",
      value: 12.5,
      threshold: 5,
      windowSeconds: 120,
      reason: "incorrect macro totals reported",
      actorId: "staff-1",
      cancelledJobs: 2,
      rolloutId: result.rolloutId,
    });
    expect(event.removedEnrolmentCount).toBe(enrolledBefore.length);
    expect(await db.rollbackRemovedEnrolment.count({ where: { rollbackEventId: event.id } })).toBe(
      enrolledBefore.length,
    );
    expect((await db.rollout.findFirstOrThrow()).status).toBe("rolled_back");
    const audit = await db.auditLog.findFirstOrThrow({ where: { action: "flag.rollback" } });
    expect(audit).toMatchObject({
      actorLabel: "ops@example.com",
      targetId: FLAG,
      reason: "incorrect macro totals reported",
      before: expect.objectContaining({ enrolmentCount: enrolledBefore.length }),
      after: expect.objectContaining({ enrolmentCount: 0, rollbackEventId: event.id, cancelledJobs: 2 }),
    });
    // 4. One pending alert e-mail per staff member, idempotent per event, and the webhook POST.
    const outbox = await db.emailOutbox.findMany({ orderBy: { toAddress: "asc" } });
    expect(
      outbox.map((row) => [row.toAddress, row.template, row.status, row.idempotencyKey, row.userId]),
    ).toEqual([
      ["lead@example.com", "rollback-alert", "pending", `rollback:${event.id}:lead@example.com`, "staff-2"],
      ["ops@example.com", "rollback-alert", "pending", `rollback:${event.id}:ops@example.com`, "staff-1"],
    ]);
    const payload = {
      flagName: FLAG,
      trigger: "manual",
      rule: "job_error_rate",
      metric: "job_error_rate",
      value: 12.5,
      threshold: 5,
      windowSeconds: 120,
      removedEnrolments: enrolledBefore.length,
      cancelledJobs: 2,
      reason: "incorrect macro totals reported",
      rolledBackAt: event.createdAt.toISOString(),
    };
    // The e-mail carries the template's payload (validated by lib/email); the webhook the raw alert.
    expect(outbox[0]?.payload).toMatchObject({
      flagName: FLAG,
      trigger: "manual",
      reason: "incorrect macro totals reported",
      breach: { rule: "job_error_rate", value: 12.5, threshold: 5, unit: "%", windowSeconds: 120 },
      occurredAt: event.createdAt.toISOString(),
      isFlagDisabled: true,
      removedEnrolments: enrolledBefore.length,
      cancelledJobs: 2,
    });
    expect(received).toEqual([
      { body: expect.objectContaining({ ...payload, eventId: event.id }), contentType: "application/json" },
    ]);
    expect(result.alerts).toEqual({
      recipients: ["lead@example.com", "ops@example.com"],
      outboxIds: expect.arrayContaining(outbox.map((row) => row.id)),
      webhook: { status: "sent", httpStatus: 200 },
    });

    // Restore puts every enrolment back as it was, once.
    const [listed] = await listRollbackEvents({ flagName: FLAG });
    expect(listed).toMatchObject({
      id: event.id,
      removedEnrolments: enrolledBefore.length,
      canRestore: true,
    });
    const restored = await restoreEnrolments({ rollbackEventId: event.id, actor: STAFF });
    expect(restored).toMatchObject({ restoredCount: enrolledBefore.length, skippedCount: 0 });
    expect(
      await db.userFeatureFlag.findMany({ where: { flagName: FLAG }, orderBy: { userId: "asc" } }),
    ).toEqual(enrolledBefore);
    await expect(restoreEnrolments({ rollbackEventId: event.id, actor: STAFF })).rejects.toMatchObject({
      code: "CONFLICT",
    });
    await expect(restoreEnrolments({ rollbackEventId: "nope", actor: STAFF })).rejects.toMatchObject({
      code: "NOT_FOUND",
    });
    expect(await db.auditLog.count({ where: { action: "flag.restore_enrolments" } })).toBe(1);
  });

  it("never fails the rollback because the webhook or the recipients list fails", async () => {
    webhookStatus = 500;
    const result = await rollBackFlag(
      {
        flagName: FLAG,
        trigger: "automatic",
        reason: "p99 breach",
        actor: { id: null, label: "system:rollout-guard" },
      },
      { webhookUrl, staffEmails: ["oncall@example.com"] },
    );
    expect(result.alerts).toEqual({
      recipients: ["oncall@example.com"],
      outboxIds: [expect.any(String)],
      webhook: { status: "failed", error: "webhook answered HTTP 500" },
    });
    const closed = await rollBackFlag(
      { flagName: FLAG, trigger: "manual", reason: "again, with the webhook down", actor: STAFF },
      { webhookUrl: "http://127.0.0.1:9/unreachable", staffEmails: [] },
    );
    expect(closed.alerts.webhook.status).toBe("failed");
    expect(await db.rollbackEvent.count()).toBe(2);
    expect(
      (await db.emailOutbox.findFirstOrThrow({ where: { toAddress: "oncall@example.com" } })).userId,
    ).toBeNull();
  });

  it("validates: a reason is required and the flag must exist", async () => {
    await expect(
      rollBackFlag({ flagName: FLAG, trigger: "manual", reason: "", actor: STAFF }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });
    await expect(
      rollBackFlag({ flagName: "ghost", trigger: "manual", reason: "because", actor: STAFF }),
    ).rejects.toMatchObject({ code: "NOT_FOUND" });
  });
});

describe("operational guard actions", () => {
  beforeEach(async () => {
    await resetDatabase();
    await seed();
  });

  it("disables AutoSync: kill switch on (flag created if missing), pending syncs cancelled, once", async () => {
    const input = {
      trigger: "automatic" as const,
      reason: "FatSecret errors 25/min",
      actor: STAFF,
      rule: "fatsecret_errors",
      value: 25,
    };
    const first = await disableAutosync(input, { webhookUrl: null });
    expect(first).toMatchObject({ performed: true, flagName: "fatsecret_autosync", cancelledJobs: 1 });
    expect(
      await db.featureFlag.findUniqueOrThrow({ where: { flagName: "fatsecret_autosync" } }),
    ).toMatchObject({
      killSwitch: true,
      killSwitchReason: "FatSecret errors 25/min",
    });
    expect(await db.scheduledJob.count({ where: { jobType: "WeeklyGeneration", status: "pending" } })).toBe(
      1,
    );
    expect(await disableAutosync(input, { webhookUrl: null })).toMatchObject({ performed: false });
    expect(await db.rollbackEvent.count({ where: { action: "disable_autosync" } })).toBe(1);
    expect(await db.auditLog.count({ where: { action: "guard.disable_autosync" } })).toBe(1);
    expect(await db.emailOutbox.count({ where: { template: "rollback-alert" } })).toBe(2);
  });

  it("pauses the scheduler: kill switch on a 'scheduler' flag and every pending job cancelled", async () => {
    const result = await pauseScheduler(
      {
        trigger: "automatic",
        reason: "pool 95 % for 2 min",
        actor: STAFF,
        rule: "db_pool_utilisation",
        value: 95,
      },
      { webhookUrl: null },
    );
    expect(result).toMatchObject({ performed: true, flagName: "scheduler", cancelledJobs: 3 });
    expect(await createFeatureFlagClient().isKillSwitchEngaged("scheduler")).toBe(true);
    expect(await db.scheduledJob.count({ where: { status: "pending" } })).toBe(0);
    expect(await db.auditLog.count({ where: { action: "guard.pause_scheduler" } })).toBe(1);
  });
});
