import { joinList } from "@/lib/grocery";
import type { MealRef } from "@/lib/grocery";

export const DEFAULT_DAY_NAMES = [
  "Monday",
  "Tuesday",
  "Wednesday",
  "Thursday",
  "Friday",
  "Saturday",
  "Sunday",
] as const;

/** Day -1 wraps to the last name, so a Monday-first week is prepared on "Sunday". */
export function dayNameOf(day: number, dayNames: readonly string[]): string {
  return dayNames[((day % 7) + 7) % 7] ?? String(day);
}

/** "Mon dinner and Wed lunch", from meals already in week order; repeated slots are named once. */
export function describeMeals(meals: readonly MealRef[], dayNames: readonly string[]): string {
  const labels = meals.map((meal) => `${dayNameOf(meal.day, dayNames).slice(0, 3)} ${meal.slot}`);
  return joinList([...new Set(labels)]);
}
