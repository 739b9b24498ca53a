import { createHash } from "node:crypto";
import { matchDislikes } from "@/lib/catalogue/match-dislikes";
import type { Allergen, Diet, Ingredient } from "@/lib/catalogue/types";
import type { PlanRequest } from "@/lib/planner";

export interface PlanningProfile {
  userId: string;
  target: { kcal: number; proteinG: number; carbsG: number; fatG: number };
  diet: Diet;
  allergens: Allergen[];
  dislikes: string[];
  mealsPerDay: number;
  leftoversEnabled: boolean;
  weekdayTimeLimits: unknown;
}

/** A seed that is stable for a person and week, so a retried job makes the same plan. */
export function planSeed(userId: string, weekStart: string): number {
  return createHash("sha256").update(`${userId}:${weekStart}`).digest().readInt32BE(0);
}

function timeLimits(raw: unknown): Record<string, number> {
  if (!raw || typeof raw !== "object") return {};
  return Object.fromEntries(
    Object.entries(raw).filter(
      (entry): entry is [string, number] => typeof entry[1] === "number" && entry[1] > 0,
    ),
  );
}

/** Maps stored targets and preferences to the planner's request (3 meals + up to 2 snacks). */
export function buildPlanRequest(
  profile: PlanningProfile,
  weekStart: string,
  lastWeekRecipeIds: string[],
  ingredients: readonly Ingredient[] = [],
): PlanRequest {
  // Stored dislikes are words ("chicken", "nuts"): the ingredient table resolves names and families
  // to slugs. Words it does not know still go through; the planner matches them against slugs.
  const dislikes = matchDislikes(profile.dislikes, ingredients);
  return {
    targets: profile.target,
    snacks: Math.min(2, Math.max(0, profile.mealsPerDay - 3)),
    diet: profile.diet,
    excludeAllergens: profile.allergens,
    dislikedIngredients: [...dislikes.slugs, ...dislikes.unknown.map((u) => u.word)],
    timeLimits: { weekday: timeLimits(profile.weekdayTimeLimits), weekend: {} },
    // Two batch-cooked dinners a week feed the next day's lunch: less cooking on busy weekdays.
    leftovers: { cookDays: profile.leftoversEnabled ? ["mon", "wed"] : [] },
    lastWeekRecipeIds,
    seed: planSeed(profile.userId, weekStart),
  };
}
