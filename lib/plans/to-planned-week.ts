import type { MealSlot } from "@/lib/catalogue/types";
import type { PlannedWeek } from "@/lib/grocery";
import { DAY_NAMES, mealSlotOf, type MealRef, type WeekPlan } from "@/lib/planner";

const dayIndex = (ref: MealRef) => DAY_NAMES.indexOf(ref.day);
const toShopRef = (ref: MealRef): { day: number; slot: MealSlot } => ({
  day: dayIndex(ref),
  slot: mealSlotOf(ref.slot),
});

/**
 * The planner's week in the shape the grocery list and prep plan read. Planner servings are per person; the
 * household size multiplies them in the grocery list.
 */
export function toPlannedWeek(plan: WeekPlan, householdSize: number): PlannedWeek {
  return {
    householdSize,
    meals: plan.days.flatMap((day, index) =>
      day.meals.map((meal) => ({
        day: index,
        slot: mealSlotOf(meal.slot),
        recipeId: meal.recipeId,
        portions: meal.servings,
        ...(meal.leftoverOf ? { leftoverOf: toShopRef(meal.leftoverOf) } : {}),
        ...(meal.leftoverFor ? { leftoverPortions: meal.leftoverFor.servings } : {}),
      })),
    ),
  };
}
