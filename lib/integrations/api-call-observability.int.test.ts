import { SpanKind, SpanStatusCode } from "@opentelemetry/api";
import { InMemorySpanExporter, SimpleSpanProcessor } from "@opentelemetry/sdk-trace-node";
import { afterAll, beforeEach, describe, expect, it, vi } from "vitest";

// Both stand-ins listen before lib/env reads FATSECRET_* and TANDOOR_*; waits are scaled down 100×.
const fakes = await vi.hoisted(async () => {
  const { startFakeFatSecret } = await import("@/test/fakes/fatsecret-server");
  const { startFakeTandoor } = await import("@/test/fakes/tandoor-server");
  const fatsecret = await startFakeFatSecret({ timeScale: 0.01 });
  const tandoor = await startFakeTandoor({ recipeCount: 3 });
  Object.assign(process.env, fatsecret.env, {
    FATSECRET_TIME_SCALE: "0.01",
    FATSECRET_TIMEOUT_MS: "400",
    TANDOOR_BASE_URL: tandoor.url,
    TANDOOR_API_TOKEN: tandoor.token,
    TANDOOR_TIMEOUT_MS: "400",
  });
  return { fatsecret, tandoor };
});

import { searchFoods } from "@/lib/integrations/fatsecret/fatsecret-methods";
import { reasonForCode } from "@/lib/integrations/fatsecret/fatsecret-error";
import { fetchRecipePage } from "@/lib/integrations/tandoor/tandoor-client";
import { createTracerProvider } from "@/lib/observability/register-tracing";
import { registry } from "@/lib/observability/prometheus";
import { TRACER_NAME } from "@/lib/observability/tracing";
import { resetDatabase } from "@/test/reset-database";

const exporter = new InMemorySpanExporter();
createTracerProvider([new SimpleSpanProcessor(exporter)]).register();
const clientSpans = () =>
  exporter
    .getFinishedSpans()
    .filter((s) => s.instrumentationScope.name === TRACER_NAME && s.kind === SpanKind.CLIENT);

/** A sample's value as a scrape would show it (0 while the series does not exist). */
async function sample(name: string, labels: Record<string, string>): Promise<number> {
  const family = name.replace(/_(bucket|count|sum)$/, "");
  const metric = registry.getSingleMetric(family);
  if (!metric) throw new Error(`metric ${family} is not registered`);
  const { values } = await metric.get();
  const match = values.find(
    (v) =>
      ((v as { metricName?: string }).metricName ?? family) === name &&
      Object.entries(labels).every(([key, value]) => String(v.labels[key]) === value),
  );
  return match?.value ?? 0;
}

describe("FatSecret and Tandoor calls are measured and traced", () => {
  beforeEach(async () => {
    await resetDatabase();
    exporter.reset();
  });
  afterAll(async () => {
    await fakes.fatsecret.close();
    await fakes.tandoor.close();
  });

  it("a FatSecret call feeds the duration histogram by method and outcome, errors by reason, one span each", async () => {
    const calls = (outcome: string) =>
      sample("fatsecret_api_call_duration_seconds_count", { method: "foods.search", outcome });
    const errors = (reason: string) =>
      sample("fatsecret_api_errors_total", { method: "foods.search", reason });
    const paramReason = reasonForCode(107);
    const before = {
      ok: await calls("ok"),
      http5xx: await calls("http_5xx"),
      errors5xx: await errors("http_5xx"),
      errorsParam: await errors(paramReason),
    };

    await searchFoods("oats");
    // A 503 is retried: one failed call, then one that succeeds.
    fakes.fatsecret.failNext({ kind: "status", status: 503 }, { method: "foods.search" });
    await searchFoods("oats");
    // An error code in a 200 body is an API error too, and not retried.
    fakes.fatsecret.failNext({ kind: "code", code: 107, message: "bad value" }, { method: "foods.search" });
    await expect(searchFoods("oats")).rejects.toThrow(/107/);

    expect(await calls("ok")).toBe(before.ok + 2);
    expect(await calls("http_5xx")).toBe(before.http5xx + 1);
    expect(await errors("http_5xx")).toBe(before.errors5xx + 1);
    expect(await errors(paramReason)).toBe(before.errorsParam + 1);

    const spans = clientSpans().filter((s) => s.name === "fatsecret foods.search");
    expect(spans).toHaveLength(4);
    expect(spans.map((s) => s.status.code).sort()).toEqual(
      [SpanStatusCode.OK, SpanStatusCode.OK, SpanStatusCode.ERROR, SpanStatusCode.ERROR].sort(),
    );
    const failed = spans.filter((s) => s.status.code === SpanStatusCode.ERROR);
    for (const span of failed) expect(span.events.map((e) => e.name)).toContain("exception");
    expect(spans[0]?.attributes["peer.service"]).toBe("fatsecret");
  });

  it("a Tandoor call feeds tandoor_api_call_duration_seconds by endpoint and outcome, one span each", async () => {
    const calls = (outcome: string) =>
      sample("tandoor_api_call_duration_seconds_count", { endpoint: "list", outcome });
    const [ok, failed] = [await calls("ok"), await calls("http_503")];

    expect((await fetchRecipePage(1, 10)).results.length).toBeGreaterThan(0);
    fakes.tandoor.failNext({ kind: "status", status: 503 });
    await expect(fetchRecipePage(1, 10)).rejects.toThrow(/503/);

    expect(await calls("ok")).toBe(ok + 1);
    expect(await calls("http_503")).toBe(failed + 1);
    const spans = clientSpans().filter((s) => s.name === "tandoor recipes.list");
    expect(spans.map((s) => s.status.code)).toEqual([SpanStatusCode.OK, SpanStatusCode.ERROR]);
  });
});
