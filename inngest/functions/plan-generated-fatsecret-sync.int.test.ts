import { InngestTestEngine } from "@inngest/test";
import { afterAll, beforeAll, beforeEach, describe, expect, it, vi } from "vitest";

// The fake must be listening before lib/env reads FATSECRET_*: start it in a hoisted block. Its clock and
// the client's waits are both scaled by 0.01, so the "60-second" storm below takes 0.6 real seconds while
// the client follows the same backoff schedule it would in production.
const fake = await vi.hoisted(async () => {
  const { startFakeFatSecret } = await import("@/test/fakes/fatsecret-server");
  const server = await startFakeFatSecret({ timeScale: 0.01 });
  Object.assign(process.env, server.env, {
    FATSECRET_TIME_SCALE: "0.01",
    FATSECRET_TIMEOUT_MS: "400",
    FATSECRET_RETRY_BUDGET_MS: "180000",
  });
  return server;
});

import { syncFatSecret } from "@/inngest/functions/plan-generated-fatsecret-sync";
import { db } from "@/lib/db";
import {
  completeFatSecretLink,
  getFatSecretConnection,
  resetFatSecretAppToken,
  startFatSecretLink,
  unlinkFatSecretAccount,
} from "@/lib/integrations/fatsecret";
import { sealAccessTokens } from "@/lib/integrations/fatsecret/connection-tokens";
import { generatePlanForUser } from "@/lib/plans";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { resetDatabase } from "@/test/reset-database";

const WEEK = "2026-11-30";
const MEALS_PER_DAY = 3;

async function makePerson(id: string) {
  await db.user.create({
    data: {
      id,
      email: `${id}@example.com`,
      name: id,
      nutritionTarget: { create: { kcal: 2100, proteinG: 130, carbsG: 230, fatG: 70 } },
      dietaryPreference: { create: { diet: "omnivore", mealsPerDay: MEALS_PER_DAY, householdSize: 1 } },
    },
  });
}

/** A person already linked (tokens issued by the fake, sealed like the real callback does). */
async function linkDirectly(userId: string): Promise<string> {
  const pair = fake.issueAccessToken();
  await db.fatSecretConnection.create({ data: { userId, ...sealAccessTokens(pair) } });
  return pair.token;
}

function runSync(userId: string, mealPlanId: string) {
  return new InngestTestEngine({
    function: syncFatSecret,
    events: [{ name: "plan/generated", data: { userId, mealPlanId } }],
  }).execute();
}

const creates = () => fake.calls.filter((c) => c.method === "food_entry.create" && c.answeredWith === 200);

describe("FatSecret AutoSync", () => {
  let mealPlanId = "";
  let mealCount = 0;

  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
  });
  afterAll(() => fake.close());
  beforeEach(async () => {
    fake.reset();
    resetFatSecretAppToken();
    await db.user.deleteMany();
    await db.fatSecretApiError.deleteMany();
    await db.fatSecretFoodMapping.deleteMany();
    await db.jobExecution.deleteMany();
    await db.featureFlag.deleteMany();
    await makePerson("ann");
    mealPlanId = (await generatePlanForUser("ann", WEEK)).mealPlanId;
    mealCount = await db.plannedMeal.count({ where: { mealPlanId } });
  });

  it("links through the three OAuth 1.0 legs, storing only ciphertexts; unlink deletes them", async () => {
    const { authorizeUrl } = await startFatSecretLink("ann");
    const approval = await fetch(authorizeUrl, { redirect: "manual" });
    const callback = new URL(approval.headers.get("location") ?? "");
    expect(callback.pathname).toBe("/api/fatsecret/callback");
    await completeFatSecretLink("ann", {
      oauth_token: callback.searchParams.get("oauth_token") ?? "",
      oauth_verifier: callback.searchParams.get("oauth_verifier") ?? "",
    });

    const row = await db.fatSecretConnection.findUniqueOrThrow({ where: { userId: "ann" } });
    const [issuedToken] = [...fake.diaries.keys()];
    expect(issuedToken).toBeDefined();
    expect(row.accessTokenEnc).not.toContain(issuedToken ?? "");
    expect(await db.fatSecretOAuthRequest.count()).toBe(0);
    expect((await getFatSecretConnection("ann")).isLinked).toBe(true);

    // A stranger cannot finish someone else's link, and a reused request token is refused.
    await expect(
      completeFatSecretLink("ann", {
        oauth_token: callback.searchParams.get("oauth_token") ?? "",
        oauth_verifier: "x",
      }),
    ).rejects.toMatchObject({ code: "BAD_REQUEST" });

    expect(await unlinkFatSecretAccount("ann")).toEqual({ wasLinked: true });
    expect(await db.fatSecretConnection.count()).toBe(0);
  });

  it("generate → AutoSync: one diary entry per planned meal, recorded as a completed AutoSync run", async () => {
    const token = await linkDirectly("ann");
    const { result, error } = await runSync("ann", mealPlanId);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ status: "synced", synced: mealCount, failed: 0 });

    const diary = fake.diaries.get(token) ?? [];
    expect(diary).toHaveLength(mealCount);
    const meals = await db.plannedMeal.findMany({
      where: { mealPlanId },
      include: { recipe: true, diaryEntry: true },
    });
    for (const meal of meals) {
      const entry = diary.find((e) => e.food_entry_id === meal.diaryEntry?.fatsecretEntryId);
      expect(entry).toMatchObject({
        food_entry_name: meal.recipe.name,
        meal: meal.slot === "snack" ? "other" : meal.slot,
        date_int: String(Math.floor(meal.date.getTime() / 86_400_000)),
      });
      // number_of_units puts the planned meal's energy in the diary (the fake's serving is 400 kcal).
      expect(Number(entry?.number_of_units)).toBeCloseTo(meal.kcal / 400, 1);
    }
    // @inngest/test gives each step request its own run id, so only finished rows are compared.
    expect(
      await db.jobExecution.findMany({
        where: { status: { in: ["completed", "failed"] } },
        select: { jobType: true, status: true, userId: true },
      }),
    ).toEqual([{ jobType: "AutoSync", status: "completed", userId: "ann" }]);
    const settings = await getFatSecretConnection("ann");
    expect(settings).toMatchObject({ syncedEntries: mealCount, lastError: null });
    expect(settings.lastSyncedAt).not.toBeNull();
    // Food lookups happen once per recipe, with one cached OAuth 2.0 token.
    expect(fake.calls.filter((c) => c.path === "/connect/token")).toHaveLength(1);
  });

  it("a duplicate plan/generated and a retried step still leave one entry per meal", async () => {
    const token = await linkDirectly("ann");
    // The 5th entry is made but the answer never arrives: the step fails with a timeout…
    fake.failNext({ kind: "commit-then-timeout" }, { method: "food_entry.create" });
    const first = await runSync("ann", mealPlanId);
    expect(first.error).toBeDefined();
    expect(fake.diaries.get(token)).toHaveLength(1);
    expect(await db.fatSecretDiaryEntry.count({ where: { status: "pending" } })).toBe(1);

    // …the retry adopts the entry FatSecret already has instead of making a second one.
    expect((await runSync("ann", mealPlanId)).error).toBeUndefined();
    expect(fake.diaries.get(token)).toHaveLength(mealCount);
    // A duplicate event changes nothing.
    const before = creates().length;
    expect((await runSync("ann", mealPlanId)).result).toMatchObject({ synced: 0, unchanged: mealCount });
    expect(creates().length).toBe(before);
    expect(fake.diaries.get(token)).toHaveLength(mealCount);
    expect(new Set(fake.diaries.get(token)?.map((e) => e.food_entry_id)).size).toBe(mealCount);
  });

  it("a 60-second 429 storm loses nothing and the run finishes after it clears", async () => {
    const token = await linkDirectly("ann");
    fake.startStorm(60, 5);
    const started = Date.now();
    const { error } = await runSync("ann", mealPlanId);
    expect(error).toBeUndefined();
    expect(fake.diaries.get(token)).toHaveLength(mealCount);
    const limited = fake.calls.filter((c) => c.answeredWith === 429);
    expect(limited.length).toBeGreaterThan(3);
    // The storm lasted 60 fake seconds = 0.6 s here; nothing succeeded before it cleared.
    expect(Date.now() - started).toBeGreaterThanOrEqual(600);
    const apiCalls = fake.calls.filter((c) => c.path === "/rest/server.api");
    const firstOk = apiCalls.findIndex((c) => c.answeredWith === 200);
    expect(firstOk).toBeGreaterThan(0);
    expect(apiCalls.slice(firstOk).some((c) => c.answeredWith === 429)).toBe(false);
    // Every 429 is an API error the guard counts.
    expect(await db.fatSecretApiError.count({ where: { reason: "http_429" } })).toBe(limited.length);
  });

  it("5xx bursts, malformed JSON and codes 11/12 in a 200 body are retried with backoff", async () => {
    const token = await linkDirectly("ann");
    fake.failNext({ kind: "status", status: 503 }, { times: 2, method: "foods.search" });
    fake.failNext({ kind: "malformed" }, { method: "food.get" });
    fake.failNext(
      { kind: "code", code: 12, message: "User is performing too many actions" },
      { method: "food_entry.create" },
    );
    fake.failNext(
      { kind: "code", code: 11, message: "Application request limit reached" },
      { method: "food_entry.create" },
    );
    const { error } = await runSync("ann", mealPlanId);
    expect(error).toBeUndefined();
    expect(fake.diaries.get(token)).toHaveLength(mealCount);
    expect(
      await db.fatSecretApiError.groupBy({ by: ["reason"], _count: true, orderBy: { reason: "asc" } }),
    ).toEqual([
      { reason: "http_5xx", _count: 2 },
      { reason: "malformed", _count: 1 },
      { reason: "rate_limit_code", _count: 2 },
    ]);
  });

  it("error 101 on one meal records that meal and syncs the rest", async () => {
    const token = await linkDirectly("ann");
    const victim = await db.plannedMeal.findFirstOrThrow({
      where: { mealPlanId },
      include: { recipe: true },
      orderBy: { dayIndex: "desc" },
    });
    const victimDate = String(Math.floor(victim.date.getTime() / 86_400_000));
    fake.failWhen(
      (method, params) =>
        method === "food_entry.create" &&
        params.get("food_entry_name") === victim.recipe.name &&
        params.get("date") === victimDate,
      { kind: "code", code: 101, message: "Missing required parameter: serving_id" },
    );
    const sameRecipeSameDay = await db.plannedMeal.count({
      where: { mealPlanId, recipeId: victim.recipeId, date: victim.date },
    });
    const { result, error } = await runSync("ann", mealPlanId);
    expect(error).toBeUndefined();
    expect(result).toMatchObject({ failed: sameRecipeSameDay, synced: mealCount - sameRecipeSameDay });
    expect(fake.diaries.get(token)).toHaveLength(mealCount - sameRecipeSameDay);
    const failed = await db.fatSecretDiaryEntry.findFirstOrThrow({ where: { plannedMealId: victim.id } });
    expect(failed).toMatchObject({ status: "failed", fatsecretEntryId: null });
    expect(failed.lastError).toContain("error 101");
    expect((await getFatSecretConnection("ann")).lastError).toContain("could not be synced");
    expect(await db.jobExecution.count({ where: { jobType: "AutoSync", status: "completed" } })).toBe(1);
  });

  it("a swapped meal replaces its entry; a regenerated week's old entries are deleted", async () => {
    const token = await linkDirectly("ann");
    await runSync("ann", mealPlanId);
    const meal = await db.plannedMeal.findFirstOrThrow({
      where: { mealPlanId },
      include: { diaryEntry: true },
    });
    const other = await db.recipe.findFirstOrThrow({
      where: { id: { not: meal.recipeId }, slots: { has: meal.slot } },
    });
    await db.plannedMeal.update({ where: { id: meal.id }, data: { recipeId: other.id } });
    await runSync("ann", mealPlanId);
    const diary = fake.diaries.get(token) ?? [];
    expect(diary).toHaveLength(mealCount);
    expect(diary.some((e) => e.food_entry_id === meal.diaryEntry?.fatsecretEntryId)).toBe(false);
    expect(diary.filter((e) => e.food_entry_name === other.name).length).toBeGreaterThanOrEqual(1);

    // Generating the week again replaces every planned meal: the old entries go, the new ones come.
    await generatePlanForUser("ann", WEEK);
    const newCount = await db.plannedMeal.count({ where: { mealPlanId } });
    await runSync("ann", mealPlanId);
    expect(fake.diaries.get(token)).toHaveLength(newCount);
    expect(await db.fatSecretDiaryEntry.count({ where: { plannedMealId: null } })).toBe(0);
  });

  it("unlinking stops the next sync; the AutoSync kill switch stops it too", async () => {
    await linkDirectly("ann");
    await unlinkFatSecretAccount("ann");
    expect((await runSync("ann", mealPlanId)).result).toEqual({
      status: "skipped",
      reason: "FatSecret is not linked",
    });

    await linkDirectly("ann");
    await db.featureFlag.create({ data: { flagName: "fatsecret_autosync", killSwitch: true } });
    expect((await runSync("ann", mealPlanId)).result).toMatchObject({ status: "skipped" });
    expect(fake.calls.filter((c) => c.path === "/rest/server.api")).toHaveLength(0);
  });

  it("a bad signature is refused by the fake, stops the run without retries and shows in settings", async () => {
    await db.fatSecretConnection.create({
      data: {
        userId: "ann",
        ...sealAccessTokens({ token: fake.issueAccessToken().token, tokenSecret: "wrong-secret" }),
      },
    });
    const { error } = await runSync("ann", mealPlanId);
    expect(error).toBeDefined();
    expect(fake.diaries.get("nothing")).toBeUndefined();
    expect(fake.allEntries()).toHaveLength(0);
    expect((await getFatSecretConnection("ann")).lastError).toMatch(/error 8: Invalid signature/);
    expect(
      await db.jobExecution.findMany({
        where: { status: { in: ["completed", "failed"] } },
        select: { status: true, jobType: true },
      }),
    ).toEqual([{ status: "failed", jobType: "AutoSync" }]);
  });
});
