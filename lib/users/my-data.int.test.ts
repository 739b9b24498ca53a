import { beforeAll, beforeEach, describe, expect, it } from "vitest";
import { auth } from "@/lib/auth";
import { db } from "@/lib/db";
import { selectCohort } from "@/lib/flags/select-cohort";
import { loadCohortCandidates } from "@/lib/flags/load-cohort-candidates";
import { bookDueJobsPage } from "@/lib/jobs/book-due-jobs";
import { scheduleWeeklyGeneration } from "@/lib/jobs/schedule-weekly-generation";
import { generatePlanForUser } from "@/lib/plans";
import { deleteMyAccount, exportMyData } from "@/lib/users";
import { seedCatalogue } from "@/prisma/seed/seed-catalogue";
import { resetDatabase } from "@/test/reset-database";

function signInRequest(email: string, password: string) {
  return new Request("http://localhost:3000/api/auth/sign-in/email", {
    method: "POST",
    headers: {
      "content-type": "application/json",
      "x-forwarded-for": "203.0.113.50",
      origin: "http://localhost:3000",
    },
    body: JSON.stringify({ email, password }),
  });
}

async function signUp(email: string, name: string): Promise<string> {
  await auth.api.signUpEmail({ body: { email, password: "correct-horse", name } });
  const user = await db.user.findUniqueOrThrow({ where: { email } });
  await db.user.update({
    where: { id: user.id },
    data: {
      tags: ["beta_tester"],
      nutritionTarget: { create: { kcal: 2000, proteinG: 120, carbsG: 220, fatG: 70 } },
      dietaryPreference: { create: { diet: "omnivore", timeZone: "Europe/Berlin" } },
    },
  });
  return user.id;
}

describe("my data", () => {
  beforeAll(async () => {
    await resetDatabase();
    await seedCatalogue(db);
  });
  beforeEach(async () => {
    await db.user.deleteMany();
    await db.featureFlag.deleteMany();
  });

  it("exports the person's own profile, plans, grocery list and diary records, and nobody else's", async () => {
    const ann = await signUp("ann@example.com", "Ann");
    const bob = await signUp("bob@example.com", "Bob");
    await generatePlanForUser(ann, "2026-11-30");
    await generatePlanForUser(bob, "2026-11-30");
    const firstMeal = await db.plannedMeal.findFirstOrThrow({ where: { mealPlan: { userId: ann } } });
    await db.fatSecretDiaryEntry.create({
      data: { userId: ann, plannedMealId: firstMeal.id, status: "synced" },
    });

    const data = await exportMyData(ann);
    const text = JSON.stringify(data);
    expect(data.profile.email).toBe("ann@example.com");
    expect(data.profile.nutritionTarget?.kcal).toBe(2000);
    expect(data.plans).toHaveLength(1);
    expect(data.plans[0]?.meals.length).toBe(21);
    expect(data.plans[0]?.groceryItems.length).toBeGreaterThan(5);
    expect(data.diarySyncRecords).toHaveLength(1);
    expect(text).not.toContain("bob@example.com");
    expect(text).not.toContain(bob);
    expect(text).not.toMatch(/password|accessToken|access_token/i);
  });

  it("deletes an account: personal data erased, signed out everywhere, out of cohorts, e-mail free again", async () => {
    const ann = await signUp("ann@example.com", "Ann");
    await db.featureFlag.create({ data: { flagName: "phase3_generation_engine" } });
    await db.userFeatureFlag.create({
      data: { userId: ann, flagName: "phase3_generation_engine", source: "rollout_25" },
    });
    await db.betaProgramEnrollment.create({ data: { userId: ann } });
    await generatePlanForUser(ann, "2026-11-30");
    expect((await auth.handler(signInRequest("ann@example.com", "correct-horse"))).status).toBe(200);
    expect(await db.session.count({ where: { userId: ann } })).toBeGreaterThan(0);

    await deleteMyAccount(ann);

    const row = await db.user.findUniqueOrThrow({ where: { id: ann } });
    expect(row.deletedAt).not.toBeNull();
    expect(row.email).not.toContain("ann@");
    expect(row.name).toBe("Deleted user");
    expect(row.tags).toEqual([]);
    expect(await db.session.count({ where: { userId: ann } })).toBe(0);
    expect(await db.account.count({ where: { userId: ann } })).toBe(0);
    expect(await db.nutritionTarget.count({ where: { userId: ann } })).toBe(0);
    expect(await db.dietaryPreference.count({ where: { userId: ann } })).toBe(0);
    expect(await db.mealPlan.count({ where: { userId: ann } })).toBe(0);
    expect(await db.userFeatureFlag.count({ where: { userId: ann } })).toBe(0);
    expect(await db.betaProgramEnrollment.count({ where: { userId: ann } })).toBe(0);
    // The old password no longer opens anything.
    expect((await auth.handler(signInRequest("ann@example.com", "correct-horse"))).status).toBe(401);
    // No cohort can pick the deleted account again, even by its old beta tag.
    for (const cohort of ["beta_testers", "active_users"] as const) {
      const candidates = await loadCohortCandidates(db, "phase3_generation_engine", cohort, 100, new Date());
      expect(candidates.map((c) => c.id)).not.toContain(ann);
      expect(selectCohort(candidates, cohort, 100, new Date()).selectedIds).not.toContain(ann);
    }

    // The same address can sign up again, as a new, separate account.
    await auth.api.signUpEmail({
      body: { email: "ann@example.com", password: "another-horse", name: "Ann" },
    });
    const again = await db.user.findUniqueOrThrow({ where: { email: "ann@example.com" } });
    expect(again.id).not.toBe(ann);
    expect(again.deletedAt).toBeNull();
  });

  it("leaves a deleted account out of the weekly fan-out", async () => {
    const ann = await signUp("ann@example.com", "Ann");
    const bob = await signUp("bob@example.com", "Bob");
    await db.featureFlag.create({ data: { flagName: "phase3_generation_engine", enabledGlobally: true } });
    const now = new Date("2026-11-27T05:00:00Z");
    await scheduleWeeklyGeneration(ann, { now });
    await scheduleWeeklyGeneration(bob, { now });
    await deleteMyAccount(ann);

    const later = new Date("2026-12-05T00:00:00Z");
    const { booked } = await bookDueJobsPage({ at: later, bookingKey: "test-page-1", limit: 100 });
    expect(booked.map((b) => b.userId)).toEqual([bob]);
    expect(await scheduleWeeklyGeneration(ann, { now: later })).toBeNull();
  });
});
