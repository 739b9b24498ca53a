import { formatAmount, type GroceryList } from "@/lib/grocery";
import type { PrepPlan } from "@/lib/prep";

/** One stored grocery line, before it is tied to its plan. */
export interface GroceryLineRow {
  ingredientId: string | null;
  name: string;
  aisle: string;
  position: number;
  quantity: number | null;
  unit: string | null;
  purchaseQuantity: number | null;
  purchaseUnit: string | null;
  isPantryStaple: boolean;
  note: string;
}

/** One stored prep task, before it is tied to its plan. */
export interface PrepTaskLineRow {
  sessionDay: number;
  sessionLabel: string;
  position: number;
  description: string;
  minutes: number;
  forMeals: { day: number; slot: string; recipe: string }[];
}

/**
 * A grocery list as the rows `grocery_items` keeps, aisles first and the pantry after, numbered in that
 * order. Shared by new weeks and edited ones, so both store the same list the same way.
 */
export function groceryRowsOf(
  grocery: GroceryList,
  ingredientIdBySlug: ReadonlyMap<string, string>,
): GroceryLineRow[] {
  const lines = [...grocery.sections.flatMap((s) => s.lines), ...grocery.pantry];
  return lines.map((line, position) => ({
    ingredientId: ingredientIdBySlug.get(line.ingredientSlug) ?? null,
    name: line.name,
    aisle: line.aisle,
    position,
    quantity: line.amount?.exact ?? null,
    unit: line.amount?.exactUnit ?? null,
    purchaseQuantity: line.amount?.purchase ?? null,
    purchaseUnit: line.amount?.purchaseUnit ?? null,
    isPantryStaple: line.isPantryStaple || grocery.pantry.includes(line),
    note:
      line.note ?? (line.amount ? formatAmount(line.amount.purchase, line.amount.purchaseUnit) : "to taste"),
  }));
}

/** A prep plan as the rows `prep_tasks` keeps: every session's tasks, numbered across the week. */
export function prepRowsOf(prep: PrepPlan): PrepTaskLineRow[] {
  return prep.sessions
    .flatMap((session) => session.tasks.map((task) => ({ session, task })))
    .map(({ session, task }, position) => ({
      sessionDay: session.day,
      sessionLabel: session.dayName,
      position,
      description: task.description,
      minutes: task.minutes,
      forMeals: task.forMeals.map((m) => ({ day: m.day, slot: m.slot, recipe: m.recipeName })),
    }));
}
