import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { formatAmount } from "@/lib/grocery";
import { parseUnit } from "@/lib/units";

export interface PlannedRecipe {
  plannedMealId: string;
  dayIndex: number;
  slot: string;
  weekStart: string;
  name: string;
  prepMinutes: number;
  cookMinutes: number;
  steps: string[];
  /** the person's own portion */
  servings: number;
  householdSize: number;
  /** portions cooked now for the whole household (0 when this meal is yesterday's leftovers) */
  portionsToCook: number;
  isLeftover: boolean;
  perServing: { kcal: number; proteinG: number; carbsG: number; fatG: number };
  asPlanned: { kcal: number; proteinG: number; carbsG: number; fatG: number };
  ingredients: { name: string; amount: string; note: string | null }[];
}

/**
 * A planned meal's recipe with quantities scaled to what is cooked: the person's servings (plus any
 * planned leftover) times the household. NOT_FOUND for anyone else's meal.
 */
export async function getPlannedRecipe(userId: string, plannedMealId: string): Promise<PlannedRecipe> {
  const meal = await db.plannedMeal.findFirst({
    where: { id: plannedMealId, mealPlan: { userId } },
    select: {
      id: true,
      dayIndex: true,
      slot: true,
      servings: true,
      leftoverOfId: true,
      leftoverPortions: true,
      kcal: true,
      proteinG: true,
      carbsG: true,
      fatG: true,
      mealPlan: {
        select: {
          weekStart: true,
          user: { select: { dietaryPreference: { select: { householdSize: true } } } },
        },
      },
      recipe: {
        select: {
          name: true,
          prepMinutes: true,
          cookMinutes: true,
          servings: true,
          steps: true,
          kcalPerServing: true,
          proteinGPerServing: true,
          carbsGPerServing: true,
          fatGPerServing: true,
          ingredients: {
            orderBy: { position: "asc" },
            select: { quantity: true, unit: true, note: true, ingredient: { select: { name: true } } },
          },
        },
      },
    },
  });
  if (!meal) throw new AppError("NOT_FOUND", "That meal is not in your plan.");
  const householdSize = meal.mealPlan.user.dietaryPreference?.householdSize ?? 1;
  const isLeftover = meal.leftoverOfId !== null;
  const portionsToCook = isLeftover ? 0 : (meal.servings + meal.leftoverPortions) * householdSize;
  // A leftover meal shows the recipe as it was cooked for this portion, so the amounts still read sensibly.
  const factor = (isLeftover ? meal.servings * householdSize : portionsToCook) / meal.recipe.servings;
  return {
    plannedMealId: meal.id,
    dayIndex: meal.dayIndex,
    slot: meal.slot,
    weekStart: meal.mealPlan.weekStart.toISOString().slice(0, 10),
    name: meal.recipe.name,
    prepMinutes: meal.recipe.prepMinutes,
    cookMinutes: meal.recipe.cookMinutes,
    steps: meal.recipe.steps,
    servings: meal.servings,
    householdSize,
    portionsToCook,
    isLeftover,
    perServing: {
      kcal: meal.recipe.kcalPerServing,
      proteinG: meal.recipe.proteinGPerServing,
      carbsG: meal.recipe.carbsGPerServing,
      fatG: meal.recipe.fatGPerServing,
    },
    asPlanned: { kcal: meal.kcal, proteinG: meal.proteinG, carbsG: meal.carbsG, fatG: meal.fatG },
    ingredients: meal.recipe.ingredients.map((line) => {
      const unit = parseUnit(line.unit);
      const amount =
        line.quantity === null
          ? "to taste"
          : unit
            ? formatAmount(line.quantity * factor, unit)
            : `${Number((line.quantity * factor).toFixed(2))} ${line.unit}`;
      return { name: line.ingredient.name, amount, note: line.note };
    }),
  };
}
