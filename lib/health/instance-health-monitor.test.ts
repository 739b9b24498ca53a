import { describe, expect, it } from "vitest";
import { createInstanceHealthMonitor } from "@/lib/health/instance-health-monitor";
import { DEFAULT_MEMORY_RULE } from "@/lib/rollouts/rules";

const T0 = Date.UTC(2026, 0, 1, 12, 0, 0);
const SECOND = 1000;

function monitor() {
  let value = 0;
  let readings = 0;
  const alerts: string[] = [];
  const check = createInstanceHealthMonitor({
    rule: DEFAULT_MEMORY_RULE,
    maxSampleGapMs: 90 * SECOND,
    readMemory: () => {
      readings += 1;
      return { value, usedBytes: value, limitBytes: 100, source: "configured" };
    },
    alertStaff: async (reason) => void alerts.push(reason),
  });
  const probe = (seconds: number, percent: number) => {
    value = percent;
    return check(new Date(T0 + seconds * SECOND));
  };
  return { probe, alerts, readings: () => readings };
}

describe("the instance's memory rule (> 90 % for 3 minutes)", () => {
  it("stays healthy through a short spike, turns unhealthy after 3 sustained minutes, alerts once", async () => {
    const { probe, alerts } = monitor();
    for (let s = 0; s <= 120; s += 30) expect(await probe(s, 95)).toEqual({ isHealthy: true });
    expect(await probe(150, 50)).toEqual({ isHealthy: true });
    for (let s = 180; s < 360; s += 30) expect(await probe(s, 95)).toEqual({ isHealthy: true });
    expect(await probe(360, 96)).toEqual({
      isHealthy: false,
      reason: "memory 96.0 % of configured limit has stayed over 90 % for 180 s",
    });
    expect((await probe(390, 97)).isHealthy).toBe(false);
    expect(alerts).toHaveLength(1);
    expect(await probe(420, 40)).toEqual({ isHealthy: true });
  });

  it("does not call a breach sustained across a gap in the probes", async () => {
    const { probe } = monitor();
    await probe(0, 99);
    expect((await probe(200, 99)).isHealthy).toBe(true);
  });

  it("answers a flood of probes from one reading a second", async () => {
    const { probe, readings } = monitor();
    for (let i = 0; i < 1000; i++) await probe(i / 1000, 50);
    expect(readings()).toBe(1);
    expect(await probe(1, 50)).toEqual({ isHealthy: true });
    expect(readings()).toBe(2);
  });
});
