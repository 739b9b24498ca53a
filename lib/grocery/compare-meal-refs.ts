import { MEAL_SLOTS } from "@/lib/catalogue/types";
import type { MealRef } from "./types";

/** Week order: by day, then by slot in `MEAL_SLOTS` order (breakfast before dinner). */
export function compareMealRefs(a: MealRef, b: MealRef): number {
  return a.day - b.day || MEAL_SLOTS.indexOf(a.slot) - MEAL_SLOTS.indexOf(b.slot);
}
