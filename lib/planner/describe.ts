import type { Diet, MealSlot } from "@/lib/catalogue/types";
import type { SafetyFilter } from "./select-safe-recipes";
import { DAY_NAMES, type DayName } from "./types";

const PLURAL: Record<MealSlot, string> = {
  breakfast: "breakfasts",
  lunch: "lunches",
  dinner: "dinners",
  snack: "snacks",
};

const DIET_WORD: Record<Diet, string> = {
  vegan: "vegan ",
  vegetarian: "vegetarian ",
  pescatarian: "pescatarian ",
  omnivore: "",
};

const DAY_LABEL: Record<DayName, string> = {
  mon: "Mon",
  tue: "Tue",
  wed: "Wed",
  thu: "Thu",
  fri: "Fri",
  sat: "Sat",
  sun: "Sun",
};

/** Lists longer than this in a message are cut: "a, b, c, d, e and 12 more". */
export const MAX_LISTED = 5;

function joinWords(words: readonly string[], last: string): string {
  if (words.length <= 1) return words.join("");
  if (words.length > MAX_LISTED) {
    return `${words.slice(0, MAX_LISTED).join(", ")} ${last} ${words.length - MAX_LISTED} more`;
  }
  return `${words.slice(0, -1).join(", ")} ${last} ${words[words.length - 1]}`;
}

/** "a, b, c and 4 more" — any list a message shows, capped at MAX_LISTED items. */
export function listCapped(items: readonly string[]): string {
  return joinWords(items, "and");
}

function describeWith(count: number, noun: string, filter: SafetyFilter): string {
  const parts = [`${count} ${DIET_WORD[filter.diet]}${noun}`];
  if (filter.excludeAllergens.length > 0) parts.push(`without ${joinWords(filter.excludeAllergens, "or")}`);
  if (filter.dislikedIngredients.length > 0)
    parts.push(`avoiding ${joinWords(filter.dislikedIngredients, "and")}`);
  return parts.join(" ");
}

/** "3 vegan breakfasts without nuts or soy" — the phrase every relaxation message starts from. */
export function describeRecipes(count: number, mealSlot: MealSlot, filter: SafetyFilter): string {
  return describeWith(count, count === 1 ? mealSlot : PLURAL[mealSlot], filter);
}

/** "31 vegan recipes without gluten or soy" */
export function describeAnyRecipes(count: number, filter: SafetyFilter): string {
  return describeWith(count, count === 1 ? "recipe" : "recipes", filter);
}

export function describeDays(days: readonly DayName[]): string {
  const sorted = [...days].sort((a, b) => DAY_NAMES.indexOf(a) - DAY_NAMES.indexOf(b));
  return sorted.map((d) => DAY_LABEL[d]).join("/");
}
