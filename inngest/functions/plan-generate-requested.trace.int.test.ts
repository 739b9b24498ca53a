import { InngestTestEngine, mockCtx } from "@inngest/test";
import { NonRetriableError } from "inngest";
import { SpanStatusCode } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeAll, beforeEach, describe, expect, it } from "vitest";
import { startFakeResend, type FakeResend } from "@/test/fakes/resend-server";

// Resend's base URL is read when lib/env loads: start the fake and point env at it before importing the app.
const resend: FakeResend = await startFakeResend();
process.env.RESEND_BASE_URL = resend.url;
const { db } = await import("@/lib/db");
const { createTracerProvider } = await import("@/lib/observability/register-tracing");
const { runTraceIds } = await import("@/lib/observability/run-trace");
const { TRACER_NAME } = await import("@/lib/observability/tracing");
const { events, inngest } = await import("@/inngest/client");
const { generatePlan } = await import("@/inngest/functions/plan-generate-requested");
const { notifyPlanReady } = await import("@/inngest/functions/plan-generated-notify");
const { seedCatalogue } = await import("@/prisma/seed/seed-catalogue");
const { resetDatabase } = await import("@/test/reset-database");

const exporter = new InMemorySpanExporter();
const provider = createTracerProvider([new SimpleSpanProcessor(exporter)]);
provider.register();

// @inngest/test gives each request of a run a fresh run id; Inngest keeps one per run, so the tests do too.
const asOneRun = (runId: string) => ({
  transformCtx: (raw: Parameters<typeof mockCtx>[0]) => ({ ...mockCtx(raw), runId }),
});
// Only the app's spans: the Inngest SDK adds its own `inngest.execution` span per request.
const appSpans = () =>
  exporter.getFinishedSpans().filter((span) => span.instrumentationScope.name === TRACER_NAME);
const parentOf = (span: ReadableSpan) => span.parentSpanContext?.spanId;
const named = (spans: ReadableSpan[], name: string) => {
  const span = spans.find((s) => s.name === name);
  if (!span) throw new Error(`no span "${name}" in ${spans.map((s) => s.name).join(", ")}`);
  return span;
};

describe("traces", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
    // The functions' first step checks the generation flag: on for everyone here.
    await db.featureFlag.create({ data: { flagName: "phase3_generation_engine", enabledGlobally: true } });
    await db.user.create({
      data: {
        id: "ann",
        email: "ann@example.com",
        name: "Ann",
        nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
        dietaryPreference: { create: { diet: "omnivore" } },
      },
    });
  });
  beforeEach(() => exporter.reset());
  afterAll(async () => {
    await provider.shutdown();
    await resend.close();
  });

  it("a generation run is one trace: run → each step → plan.generate, with job.id and job.type", async () => {
    const job = await db.scheduledJob.create({ data: { jobType: "WeeklyGeneration", userId: "ann" } });
    const engine = new InngestTestEngine({
      function: generatePlan,
      events: [
        {
          name: "plan/generate.requested",
          data: { userId: "ann", weekStart: "2026-11-30", scheduledJobId: job.id },
        },
      ],
      // Events go nowhere in tests: the send step is replaced, so it runs no handler and has no span.
      steps: [{ id: "emit-plan-generated", handler: () => ({ ids: ["evt-1"] }) }],
      ...asOneRun("run-ann"),
    });
    const { error } = await engine.execute();
    expect(error).toBeUndefined();

    const spans = appSpans();
    expect(spans.map((s) => s.name).sort()).toEqual([
      "inngest.run generate-plan",
      "inngest.step check-may-run",
      "inngest.step generate-and-store-plan",
      "plan.generate",
    ]);
    const run = named(spans, "inngest.run generate-plan");
    const generateStep = named(spans, "inngest.step generate-and-store-plan");
    const planning = named(spans, "plan.generate");
    const gateStep = named(spans, "inngest.step check-may-run");

    // The function is called once per step (two requests here), like Inngest does: still one trace.
    expect(new Set(spans.map((s) => s.spanContext().traceId))).toEqual(new Set([run.spanContext().traceId]));
    expect(run.spanContext()).toMatchObject(runTraceIds("run-ann"));
    expect(parentOf(run)).toBeUndefined();
    expect(parentOf(gateStep)).toBe(run.spanContext().spanId);
    expect(parentOf(generateStep)).toBe(run.spanContext().spanId);
    expect(parentOf(planning)).toBe(generateStep.spanContext().spanId);

    for (const span of [run, gateStep, generateStep, planning]) {
      expect(span.attributes).toMatchObject({ "job.id": job.id, "job.type": "WeeklyGeneration" });
      expect(span.status.code).toBe(SpanStatusCode.OK);
    }
    expect(run.attributes["job.status"]).toBe("completed");
    // The root spans the whole run, from the first attempt's recorded start.
    expect(hrToMs(run.startTime)).toBeLessThanOrEqual(hrToMs(generateStep.startTime));
    expect(hrToMs(run.endTime)).toBeGreaterThanOrEqual(hrToMs(generateStep.endTime));
  });

  it("a failing step carries the error as status and exception event, down to plan.generate", async () => {
    await db.user.create({ data: { id: "eve", email: "eve@example.com", name: "Eve" } });
    const { error } = await new InngestTestEngine({
      function: generatePlan,
      events: [{ name: "plan/generate.requested", data: { userId: "eve", weekStart: "2026-11-30" } }],
      ...asOneRun("run-eve"),
    }).execute();
    expect(error).toBeDefined();

    const spans = appSpans();
    for (const name of ["inngest.step generate-and-store-plan", "plan.generate"]) {
      const span = named(spans, name);
      expect(span.status).toMatchObject({
        code: SpanStatusCode.ERROR,
        message: expect.stringMatching(/targets/),
      });
      expect(span.events.map((e) => e.name)).toContain("exception");
      expect(span.attributes).toMatchObject({ "job.id": "run-eve", "job.type": "WeeklyGeneration" });
    }
  });

  it("a run that fails for good ends its root span with status ERROR and the exception", async () => {
    const failing = inngest.createFunction(
      { id: "sync-fatsecret", triggers: [events.planGenerated] },
      async () => {
        throw new NonRetriableError("FatSecret answered 500");
      },
    );
    await new InngestTestEngine({
      function: failing,
      events: [{ name: "plan/generated", data: { userId: "ann", mealPlanId: "plan-1" } }],
      ...asOneRun("run-sync"),
    }).execute();

    const run = named(appSpans(), "inngest.run sync-fatsecret");
    expect(run.status).toMatchObject({ code: SpanStatusCode.ERROR, message: "FatSecret answered 500" });
    expect(run.events.map((e) => e.name)).toContain("exception");
    expect(run.attributes).toMatchObject({ "job.type": "AutoSync", "job.status": "failed" });
  });

  it("the notification's Resend call is a client span under its step, with the job's attributes", async () => {
    const plan = await db.mealPlan.findFirstOrThrow({ where: { userId: "ann" } });
    const { error } = await new InngestTestEngine({
      function: notifyPlanReady,
      events: [{ name: "plan/generated", data: { userId: "ann", mealPlanId: plan.id } }],
      ...asOneRun("run-notify"),
    }).execute();
    expect(error).toBeUndefined();
    expect(resend.sent).toHaveLength(1);

    const spans = appSpans();
    const deliver = named(spans, "inngest.step deliver-email");
    const call = named(spans, "resend emails.send");
    expect(parentOf(call)).toBe(deliver.spanContext().spanId);
    expect(call.attributes).toMatchObject({ "peer.service": "resend", "job.type": "PlanNotification" });
    expect(call.status.code).toBe(SpanStatusCode.OK);
    expect(parentOf(deliver)).toBe(named(spans, "inngest.run notify-plan-ready").spanContext().spanId);
  });
});

function hrToMs([seconds, nanos]: [number, number]): number {
  return seconds * 1000 + nanos / 1e6;
}
