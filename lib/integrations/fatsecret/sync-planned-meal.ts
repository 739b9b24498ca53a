import { db } from "@/lib/db";
import { openAccessTokens } from "@/lib/integrations/fatsecret/connection-tokens";
import { FatSecretError } from "@/lib/integrations/fatsecret/fatsecret-error";
import {
  createFoodEntry,
  deleteFoodEntry,
  listFoodEntries,
  toDateInt,
  type FatSecretMeal,
} from "@/lib/integrations/fatsecret/fatsecret-methods";
import { mapRecipeToFood } from "@/lib/integrations/fatsecret/map-recipe-to-food";

export type MealSyncStatus = "synced" | "adopted" | "unchanged" | "failed" | "skipped";

export interface MealSyncResult {
  plannedMealId: string;
  status: MealSyncStatus;
  fatsecretEntryId: string | null;
  error: string | null;
}

const MEAL_OF_SLOT: Record<string, FatSecretMeal> = {
  breakfast: "breakfast",
  lunch: "lunch",
  dinner: "dinner",
  snack: "other",
};

/** The person's link no longer works (revoked or invalid tokens): nothing will succeed until they link again. */
export class FatSecretLinkBrokenError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "FatSecretLinkBrokenError";
  }
}

/** Failures that belong to this one meal (bad parameters, no matching food): record them and carry on. */
function isMealLevelFailure(error: FatSecretError): boolean {
  return error.reason === "parameter_code" || error.reason === "api_code" || error.reason === "http_4xx";
}

/**
 * Puts one planned meal into the person's FatSecret diary, idempotently:
 * - an entry already made for the same recipe and servings is left alone (a duplicate event, a retried run);
 * - a swapped meal (other recipe or servings) has its old entry deleted and a new one made;
 * - the row is marked `pending` before `food_entry.create`, so an attempt that died after FatSecret made the
 *   entry but before we stored its id is recognised next time: the day's entries are read and the one with
 *   this meal's name, meal and food is adopted instead of creating a second.
 * Meal-level errors (code 101+, no matching food) are recorded on the row and returned; transient errors
 * propagate (after the client's backoff) so the step is retried; a broken link throws FatSecretLinkBrokenError.
 */
export async function syncPlannedMeal(userId: string, plannedMealId: string): Promise<MealSyncResult> {
  const result = (
    status: MealSyncStatus,
    fatsecretEntryId: string | null = null,
    error: string | null = null,
  ) => ({
    plannedMealId,
    status,
    fatsecretEntryId,
    error,
  });
  const [meal, connection] = await Promise.all([
    db.plannedMeal.findFirst({
      where: { id: plannedMealId, mealPlan: { userId } },
      select: {
        date: true,
        slot: true,
        recipeId: true,
        servings: true,
        kcal: true,
        recipe: { select: { name: true } },
        diaryEntry: true,
      },
    }),
    db.fatSecretConnection.findUnique({ where: { userId } }),
  ]);
  // Unlinked or the meal replaced since the run was planned: nothing to do for it.
  if (!meal || !connection) return result("skipped");
  const credentials = openAccessTokens(connection);
  const entry = meal.diaryEntry;
  const isCurrent = entry !== null && entry.recipeId === meal.recipeId && entry.servings === meal.servings;
  if (entry?.status === "synced" && isCurrent) return result("unchanged", entry.fatsecretEntryId);

  try {
    if (entry?.fatsecretEntryId && !isCurrent) {
      await deleteFoodEntry(credentials, userId, entry.fatsecretEntryId);
      await db.fatSecretDiaryEntry.update({
        where: { id: entry.id },
        data: { fatsecretEntryId: null, status: "pending" },
      });
    }
    const food = await mapRecipeToFood(meal.recipeId);
    const dateInt = toDateInt(meal.date);
    const fatsecretMeal = MEAL_OF_SLOT[meal.slot] ?? "other";
    const entryName = meal.recipe.name;

    if (entry?.status === "pending" && isCurrent) {
      const claimed = new Set(
        (
          await db.fatSecretDiaryEntry.findMany({
            where: { userId, fatsecretEntryId: { not: null }, NOT: { id: entry.id } },
            select: { fatsecretEntryId: true },
          })
        ).map((row) => row.fatsecretEntryId),
      );
      const existing = (await listFoodEntries(credentials, userId, dateInt)).find(
        (e) =>
          e.entryName === entryName &&
          e.meal === fatsecretMeal &&
          e.foodId === food.foodId &&
          !claimed.has(e.foodEntryId),
      );
      if (existing) {
        await db.fatSecretDiaryEntry.update({
          where: { id: entry.id },
          data: {
            fatsecretEntryId: existing.foodEntryId,
            status: "synced",
            syncedAt: new Date(),
            lastError: null,
          },
        });
        return result("adopted", existing.foodEntryId);
      }
    }

    const source = {
      recipeId: meal.recipeId,
      servings: meal.servings,
      entryName,
      status: "pending",
      lastError: null,
      fatsecretEntryId: null,
    };
    await db.fatSecretDiaryEntry.upsert({
      where: { plannedMealId },
      create: { userId, plannedMealId, ...source },
      update: source,
    });
    const fatsecretEntryId = await createFoodEntry(credentials, userId, {
      foodId: food.foodId,
      entryName,
      servingId: food.servingId,
      numberOfUnits: Math.max(0.01, meal.kcal / food.servingKcal),
      meal: fatsecretMeal,
      dateInt,
    });
    await db.fatSecretDiaryEntry.update({
      where: { plannedMealId },
      data: { fatsecretEntryId, status: "synced", syncedAt: new Date() },
    });
    return result("synced", fatsecretEntryId);
  } catch (error) {
    if (!(error instanceof FatSecretError)) throw error;
    if (error.reason === "auth_code")
      throw new FatSecretLinkBrokenError(`${error.message} — link FatSecret again`);
    if (!isMealLevelFailure(error)) throw error;
    await db.fatSecretDiaryEntry.upsert({
      where: { plannedMealId },
      create: {
        userId,
        plannedMealId,
        recipeId: meal.recipeId,
        servings: meal.servings,
        status: "failed",
        lastError: error.message,
      },
      update: { status: "failed", lastError: error.message },
    });
    return result("failed", null, error.message);
  }
}
