import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export const EXPORT_FORMAT_VERSION = 1;

/**
 * Everything we hold about one person, as JSON they can keep: profile, targets and preferences, every plan
 * with its meals, grocery list and prep, and FatSecret diary sync records. Tokens and password hashes are
 * never included; the query is scoped by the session's user id only.
 */
export async function exportMyData(userId: string) {
  const user = await db.user.findFirst({
    where: { id: userId, deletedAt: null },
    select: {
      id: true,
      name: true,
      email: true,
      createdAt: true,
      lastSignInAt: true,
      nutritionTarget: { select: { kcal: true, proteinG: true, carbsG: true, fatG: true, updatedAt: true } },
      dietaryPreference: {
        select: {
          diet: true,
          allergens: true,
          dislikes: true,
          mealsPerDay: true,
          householdSize: true,
          timeZone: true,
          planWeekday: true,
          planHour: true,
          emailOptIn: true,
          leftoversEnabled: true,
          weekdayTimeLimits: true,
        },
      },
      betaProgram: { select: { enrolledAt: true } },
      fatSecretConnection: { select: { connectedAt: true, lastSyncedAt: true, isAutoSyncEnabled: true } },
      fatSecretDiaryEntries: {
        orderBy: { createdAt: "asc" },
        select: {
          plannedMealId: true,
          fatsecretEntryId: true,
          status: true,
          syncedAt: true,
          createdAt: true,
        },
      },
      mealPlans: {
        orderBy: { weekStart: "asc" },
        select: {
          id: true,
          weekStart: true,
          status: true,
          relaxations: true,
          createdAt: true,
          viewedAt: true,
          editedAt: true,
          meals: {
            orderBy: [{ dayIndex: "asc" }, { slot: "asc" }, { slotIndex: "asc" }],
            select: {
              id: true,
              date: true,
              slot: true,
              servings: true,
              isLocked: true,
              kcal: true,
              proteinG: true,
              carbsG: true,
              fatG: true,
              recipe: { select: { name: true } },
            },
          },
          groceryItems: {
            orderBy: { position: "asc" },
            select: { name: true, aisle: true, note: true, isPantryStaple: true, isChecked: true },
          },
          prepTasks: {
            orderBy: { position: "asc" },
            select: { sessionLabel: true, description: true, minutes: true },
          },
        },
      },
    },
  });
  if (!user) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  const { mealPlans, fatSecretDiaryEntries, ...profile } = user;
  return {
    format: "meal-planner-export",
    version: EXPORT_FORMAT_VERSION,
    exportedAt: new Date().toISOString(),
    profile,
    plans: mealPlans.map((plan) => ({
      ...plan,
      weekStart: plan.weekStart.toISOString().slice(0, 10),
      meals: plan.meals.map(({ recipe, date, ...meal }) => ({
        ...meal,
        date: date.toISOString().slice(0, 10),
        recipe: recipe.name,
      })),
    })),
    diarySyncRecords: fatSecretDiaryEntries,
  };
}

export type MyDataExport = Awaited<ReturnType<typeof exportMyData>>;
