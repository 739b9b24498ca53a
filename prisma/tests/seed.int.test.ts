import { beforeAll, describe, expect, it } from "vitest";
import { db } from "@/lib/db";
import { SEED_CATALOGUE } from "@/lib/catalogue/seed-catalogue";
import { seedDemoData } from "@/prisma/seed/seed-demo";
import { DEMO_USER_COUNT } from "@/prisma/seed/demo-users";
import { resetDatabase } from "@/test/reset-database";

describe("demo seed", () => {
  beforeAll(async () => {
    await resetDatabase();
    expect(await seedDemoData(db, () => {})).toBe(true);
  });

  it("runs once: a second run leaves the database alone", async () => {
    const users = await db.user.count();
    expect(await seedDemoData(db, () => {})).toBe(false);
    expect(await db.user.count()).toBe(users);
  });

  it("creates one staff admin and about 50 users, about 5 % of them beta testers", async () => {
    expect(await db.user.count({ where: { role: "staff" } })).toBe(1);
    expect(await db.user.count({ where: { role: "user" } })).toBe(DEMO_USER_COUNT);
    const beta = await db.user.count({ where: { tags: { has: "beta_tester" } } });
    expect(beta / DEMO_USER_COUNT).toBeGreaterThanOrEqual(0.04);
    expect(beta / DEMO_USER_COUNT).toBeLessThanOrEqual(0.08);
    expect(await db.betaProgramEnrollment.count()).toBe(beta);
    const zones = await db.dietaryPreference.findMany({ distinct: ["timeZone"], select: { timeZone: true } });
    expect(zones.length).toBeGreaterThanOrEqual(6);
    const diets = await db.dietaryPreference.findMany({ distinct: ["diet"], select: { diet: true } });
    expect(diets.map((d) => d.diet).sort()).toEqual(["omnivore", "pescatarian", "vegan", "vegetarian"]);
  });

  it("stores the whole catalogue with its ingredient lines and computed nutrition", async () => {
    expect(await db.recipe.count()).toBe(SEED_CATALOGUE.length);
    const sample = SEED_CATALOGUE[0];
    expect(sample).toBeDefined();
    const stored = await db.recipe.findUniqueOrThrow({
      where: { slug: sample!.id },
      include: { ingredients: true },
    });
    expect(stored.kcalPerServing).toBe(sample!.perServing.kcal);
    expect(stored.ingredients).toHaveLength(sample!.ingredients.length);
  });

  it("ships the phase 3 flag switched off", async () => {
    const flag = await db.featureFlag.findUniqueOrThrow({ where: { flagName: "phase3_generation_engine" } });
    expect(flag).toMatchObject({ enabledGlobally: false, killSwitch: false });
  });
});
