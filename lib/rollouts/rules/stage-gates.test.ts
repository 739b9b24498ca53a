import { describe, expect, it } from "vitest";
import {
  DEFAULT_ROLLOUT_STAGES,
  evaluateStageAdvance,
  STAGE_GATE_KEYS,
  updateGreenSince,
  type StageAdvanceInput,
  type StageGateKey,
} from "@/lib/rollouts/rules/stage-gates";

const HOUR = 3_600_000;
const ENTERED = new Date(Date.UTC(2026, 0, 1, 0, 0, 0));
const after = (hours: number): Date => new Date(ENTERED.getTime() + hours * HOUR);

const healthy: Record<StageGateKey, number> = {
  job_error_rate: 0.4,
  p99_generation_latency: 12,
  fatsecret_sync_success: 99.1,
  email_delivery_success: 99.7,
  db_pool_utilisation: 55,
  critical_bug_reports: 0,
};

const greenSinceEntry = Object.fromEntries(STAGE_GATE_KEYS.map((key) => [key, ENTERED])) as Record<
  StageGateKey,
  Date
>;

function input(overrides: Partial<StageAdvanceInput> = {}): StageAdvanceInput {
  return {
    stage: 5,
    enteredAt: ENTERED,
    gateValues: healthy,
    gatesGreenSince: greenSinceEntry,
    now: after(24),
    autoAdvance: true,
    ...overrides,
  };
}

describe("evaluateStageAdvance", () => {
  it("uses the plan's stages and soak times by default", () => {
    expect(DEFAULT_ROLLOUT_STAGES.map((s) => [s.percentage, s.minSoakMs / HOUR])).toEqual([
      [5, 24],
      [25, 12],
      [50, 12],
      [100, 24],
    ]);
  });

  it("advances when every gate has been green for the whole soak time", () => {
    const decision = evaluateStageAdvance(input());
    expect(decision).toMatchObject({
      canAdvance: true,
      action: "advance",
      waitingFor: [],
      soakRemainingMs: 0,
      nextStage: { percentage: 25 },
    });
    expect(decision.gates.every((gate) => gate.isGreen && gate.greenForMs === 24 * HOUR)).toBe(true);
  });

  it("waits for an operator when auto-advance is off", () => {
    const decision = evaluateStageAdvance(input({ autoAdvance: false }));
    expect(decision.canAdvance).toBe(true);
    expect(decision.action).toBe("await_approval");
  });

  it("blocks on a red gate and says which one and why", () => {
    const decision = evaluateStageAdvance(
      input({ gateValues: { ...healthy, p99_generation_latency: 42.5 } }),
    );
    expect(decision.canAdvance).toBe(false);
    expect(decision.action).toBe("hold");
    expect(decision.waitingFor).toEqual(["P99 generation latency is 42.5 s (needs < 30 s)"]);
    const gate = decision.gates.find((g) => g.key === "p99_generation_latency");
    expect(gate).toMatchObject({
      value: 42.5,
      threshold: 30,
      comparator: "<",
      isGreen: false,
      greenForMs: 0,
    });
  });

  it("treats a value exactly at the threshold as red (the criteria are strict)", () => {
    const decision = evaluateStageAdvance(input({ gateValues: { ...healthy, fatsecret_sync_success: 95 } }));
    expect(decision.canAdvance).toBe(false);
    expect(decision.waitingFor).toEqual(["FatSecret sync success is 95 % (needs > 95 %)"]);
  });

  it("blocks until the soak time has elapsed, with a reason", () => {
    const decision = evaluateStageAdvance(input({ now: after(3) }));
    expect(decision.canAdvance).toBe(false);
    expect(decision.soakRemainingMs).toBe(21 * HOUR);
    expect(decision.waitingFor).toEqual([
      "Soak time: the 5 % stage has run 3 h of the required 24 h (21 h to go)",
    ]);
  });

  it("needs only 12 h at 25 %", () => {
    expect(evaluateStageAdvance(input({ stage: 25, now: after(11.5) })).canAdvance).toBe(false);
    expect(evaluateStageAdvance(input({ stage: 25, now: after(12) })).canAdvance).toBe(true);
  });

  it("does not count a gate with no data as green", () => {
    const decision = evaluateStageAdvance(
      input({ gateValues: { ...healthy, email_delivery_success: null, job_error_rate: undefined } }),
    );
    expect(decision.canAdvance).toBe(false);
    expect(decision.waitingFor).toEqual([
      "Job error rate: no data yet",
      "E-mail delivery success: no data yet",
    ]);
    expect(decision.gates.find((g) => g.key === "email_delivery_success")).toMatchObject({
      value: null,
      isGreen: false,
    });
  });

  it("restarts the clock for a gate that went red during the stage", () => {
    const decision = evaluateStageAdvance(
      input({ now: after(30), gatesGreenSince: { ...greenSinceEntry, db_pool_utilisation: after(20) } }),
    );
    expect(decision.canAdvance).toBe(false);
    expect(decision.waitingFor).toEqual([
      "DB connection pool utilisation: green for 10 h of the required 24 h without interruption (14 h to go)",
    ]);
  });

  it("does not credit green time from before the stage began", () => {
    const longAgo = Object.fromEntries(STAGE_GATE_KEYS.map((key) => [key, after(-100)])) as Record<
      StageGateKey,
      Date
    >;
    const early = evaluateStageAdvance(input({ now: after(10), gatesGreenSince: longAgo }));
    expect(early.canAdvance).toBe(false);
    expect(early.gates.every((gate) => gate.greenForMs === 10 * HOUR)).toBe(true);
    expect(evaluateStageAdvance(input({ gatesGreenSince: longAgo })).canAdvance).toBe(true);
  });

  it("counts a green gate with no recorded green-since as just turned green", () => {
    const decision = evaluateStageAdvance(
      input({ gatesGreenSince: { ...greenSinceEntry, job_error_rate: null } }),
    );
    expect(decision.canAdvance).toBe(false);
    expect(decision.waitingFor).toEqual([
      "Job error rate: green for 0 min of the required 24 h without interruption (24 h to go)",
    ]);
  });

  it("reports completion at the last stage instead of advancing", () => {
    const done = evaluateStageAdvance(input({ stage: 100 }));
    expect(done).toMatchObject({ canAdvance: false, action: "complete", nextStage: null, waitingFor: [] });
    expect(evaluateStageAdvance(input({ stage: 100, now: after(2) })).action).toBe("hold");
  });

  it("rejects a stage that is not configured", () => {
    expect(() => evaluateStageAdvance(input({ stage: 10 }))).toThrow(RangeError);
  });
});

describe("overriding gates with no data", () => {
  it("offers only the no-data gates, once the soak has passed and nothing else holds the stage", () => {
    const decision = evaluateStageAdvance(
      input({ gateValues: { ...healthy, fatsecret_sync_success: null }, autoAdvance: false }),
    );
    expect(decision.action).toBe("hold");
    expect(decision.overridableGates).toEqual(["fatsecret_sync_success"]);
  });

  it("offers nothing while the soak runs, a gate is red, or a gate has not been green long enough", () => {
    const noSync = { ...healthy, fatsecret_sync_success: null };
    expect(evaluateStageAdvance(input({ gateValues: noSync, now: after(23) })).overridableGates).toEqual([]);
    expect(
      evaluateStageAdvance(input({ gateValues: { ...noSync, job_error_rate: 3 } })).overridableGates,
    ).toEqual([]);
    expect(
      evaluateStageAdvance(
        input({ gateValues: noSync, gatesGreenSince: { ...greenSinceEntry, job_error_rate: after(20) } }),
      ).overridableGates,
    ).toEqual([]);
  });

  it("offers nothing when every gate has data (there is nothing to override)", () => {
    expect(evaluateStageAdvance(input()).overridableGates).toEqual([]);
  });
});

describe("updateGreenSince", () => {
  it("keeps the start of a green run and clears it on red", () => {
    const t1 = after(1);
    const t2 = after(2);
    expect(updateGreenSince(null, true, t1)).toBe(t1);
    expect(updateGreenSince(t1, true, t2)).toBe(t1);
    expect(updateGreenSince(t1, false, t2)).toBeNull();
  });
});
