import { InngestTestEngine } from "@inngest/test";
import { beforeAll, describe, expect, it } from "vitest";
import { generatePlan } from "@/inngest/functions/plan-generate-requested";
import { db } from "@/lib/db";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { resetDatabase } from "@/test/reset-database";

describe("generate-plan", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
  });

  it("stores the plan, emits plan/generated, and records the run", async () => {
    await db.user.create({
      data: {
        id: "ann",
        email: "ann@example.com",
        name: "Ann",
        nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
        dietaryPreference: { create: { diet: "omnivore" } },
      },
    });
    const engine = new InngestTestEngine({
      function: generatePlan,
      events: [{ name: "plan/generate.requested", data: { userId: "ann", weekStart: "2026-11-30" } }],
      // Events go nowhere in tests: the send step is replaced, and asserted below.
      steps: [{ id: "emit-plan-generated", handler: () => ({ ids: ["evt-1"] }) }],
    });
    const { result, error, ctx } = await engine.execute();
    expect(error).toBeUndefined();
    const plan = await db.mealPlan.findFirstOrThrow({ where: { userId: "ann" } });
    expect(result).toMatchObject({ mealPlanId: plan.id, weekStart: "2026-11-30" });
    expect(plan.status).toBe("ready");
    expect(ctx.step.sendEvent).toHaveBeenCalledWith("emit-plan-generated", {
      name: "plan/generated",
      data: { userId: "ann", mealPlanId: plan.id },
    });
    expect(await db.jobExecution.count({ where: { functionId: "generate-plan", status: "completed" } })).toBe(
      1,
    );
  });

  it("fails with the person's own problem (no targets) and stores nothing", async () => {
    await db.user.create({ data: { id: "eve", email: "eve@example.com", name: "Eve" } });
    const engine = new InngestTestEngine({
      function: generatePlan,
      events: [{ name: "plan/generate.requested", data: { userId: "eve", weekStart: "2026-11-30" } }],
    });
    const { error } = await engine.execute();
    expect(String((error as Error | undefined)?.message ?? error)).toMatch(/targets/);
    expect(await db.mealPlan.count({ where: { userId: "eve" } })).toBe(0);
  });
});
