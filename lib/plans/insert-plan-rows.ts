import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db";
import type { MealSlot } from "@/lib/generated/prisma/enums";

/**
 * The rows of a stored plan, written with one `INSERT … SELECT FROM unnest(…)` per table. Measured: Prisma's
 * `createMany` spent ~85 ms of CPU per plan building these three statements (more than the planner's ~25 ms),
 * which capped the weekly loop at ~20 plans a second on two cores; the arrays cost almost nothing.
 */

export interface PlannedMealRow {
  id: string;
  dayIndex: number;
  /** YYYY-MM-DD */
  date: string;
  slot: MealSlot;
  slotIndex: number;
  recipeId: string;
  servings: number;
  isLocked: boolean;
  leftoverOfId: string | null;
  leftoverPortions: number;
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
}

export interface GroceryItemRow {
  ingredientId: string | null;
  name: string;
  aisle: string;
  position: number;
  quantity: number | null;
  unit: string | null;
  purchaseQuantity: number | null;
  purchaseUnit: string | null;
  isPantryStaple: boolean;
  note: string | null;
}

export interface PrepTaskRow {
  sessionDay: number;
  sessionLabel: string;
  position: number;
  description: string;
  minutes: number;
  forMeals: unknown;
}

const column = <T, K extends keyof T>(rows: T[], key: K): T[K][] => rows.map((row) => row[key]);

export async function insertPlannedMeals(
  tx: Prisma.TransactionClient,
  mealPlanId: string,
  rows: PlannedMealRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO planned_meals (id, meal_plan_id, day_index, date, slot, slot_index, recipe_id, servings, is_locked,
                               leftover_of_id, leftover_portions, kcal, protein_g, carbs_g, fat_g)
    SELECT v.id, ${mealPlanId}, v.day_index, v.date, v.slot, v.slot_index, v.recipe_id, v.servings, v.is_locked,
           v.leftover_of_id, v.leftover_portions, v.kcal, v.protein_g, v.carbs_g, v.fat_g
      FROM unnest(${column(rows, "id")}::text[], ${column(rows, "dayIndex")}::int[], ${column(rows, "date")}::date[],
                  ${column(rows, "slot")}::"MealSlot"[], ${column(rows, "slotIndex")}::int[],
                  ${column(rows, "recipeId")}::text[], ${column(rows, "servings")}::float8[],
                  ${column(rows, "isLocked")}::boolean[], ${column(rows, "leftoverOfId")}::text[],
                  ${column(rows, "leftoverPortions")}::float8[], ${column(rows, "kcal")}::float8[],
                  ${column(rows, "proteinG")}::float8[], ${column(rows, "carbsG")}::float8[],
                  ${column(rows, "fatG")}::float8[])
        AS v(id, day_index, date, slot, slot_index, recipe_id, servings, is_locked, leftover_of_id,
             leftover_portions, kcal, protein_g, carbs_g, fat_g)`;
}

export async function insertGroceryItems(
  tx: Prisma.TransactionClient,
  mealPlanId: string,
  rows: GroceryItemRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO grocery_items (id, meal_plan_id, ingredient_id, name, aisle, position, quantity, unit,
                               purchase_quantity, purchase_unit, is_pantry_staple, note)
    SELECT v.id, ${mealPlanId}, v.ingredient_id, v.name, v.aisle, v.position, v.quantity, v.unit,
           v.purchase_quantity, v.purchase_unit, v.is_pantry_staple, v.note
      FROM unnest(${rows.map(() => randomUUID())}::text[], ${column(rows, "ingredientId")}::text[],
                  ${column(rows, "name")}::text[], ${column(rows, "aisle")}::text[],
                  ${column(rows, "position")}::int[], ${column(rows, "quantity")}::float8[],
                  ${column(rows, "unit")}::text[], ${column(rows, "purchaseQuantity")}::float8[],
                  ${column(rows, "purchaseUnit")}::text[], ${column(rows, "isPantryStaple")}::boolean[],
                  ${column(rows, "note")}::text[])
        AS v(id, ingredient_id, name, aisle, position, quantity, unit, purchase_quantity, purchase_unit,
             is_pantry_staple, note)`;
}

export async function insertPrepTasks(
  tx: Prisma.TransactionClient,
  mealPlanId: string,
  rows: PrepTaskRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO prep_tasks (id, meal_plan_id, session_day, session_label, position, description, minutes, for_meals)
    SELECT v.id, ${mealPlanId}, v.session_day, v.session_label, v.position, v.description, v.minutes, v.for_meals
      FROM unnest(${rows.map(() => randomUUID())}::text[], ${column(rows, "sessionDay")}::int[],
                  ${column(rows, "sessionLabel")}::text[], ${column(rows, "position")}::int[],
                  ${column(rows, "description")}::text[], ${column(rows, "minutes")}::int[],
                  ${rows.map((row) => JSON.stringify(row.forMeals))}::jsonb[])
        AS v(id, session_day, session_label, position, description, minutes, for_meals)`;
}

/** The week's plan row, created or reset to `generating` (with the week's rules, no undo left); its id. */
export async function upsertPlanHeader(
  tx: Prisma.TransactionClient,
  plan: { userId: string; weekStart: string; seed: number; engineVersion: string; rules: unknown },
): Promise<string> {
  const [row] = await tx.$queryRaw<{ id: string }[]>`
    INSERT INTO meal_plans (id, user_id, week_start, status, seed, engine_version, rules, updated_at)
    VALUES (${randomUUID()}, ${plan.userId}, ${plan.weekStart}::date, 'generating', ${plan.seed},
            ${plan.engineVersion}, ${JSON.stringify(plan.rules)}::jsonb, now())
    ON CONFLICT (user_id, week_start) DO UPDATE
       SET status = 'generating', seed = EXCLUDED.seed, engine_version = EXCLUDED.engine_version,
           rules = EXCLUDED.rules, undo_snapshot = NULL, updated_at = now()
    RETURNING id`;
  if (!row) throw new Error("meal plan upsert returned no row");
  return row.id;
}

/** Removes a plan's meals, grocery lines and prep tasks in one statement, before they are written anew. */
export async function clearPlanRows(tx: Prisma.TransactionClient, mealPlanId: string): Promise<void> {
  await tx.$executeRaw`
    WITH meals AS (DELETE FROM planned_meals WHERE meal_plan_id = ${mealPlanId}),
         lines AS (DELETE FROM grocery_items WHERE meal_plan_id = ${mealPlanId})
    DELETE FROM prep_tasks WHERE meal_plan_id = ${mealPlanId}`;
}

export async function markPlanReady(
  tx: Prisma.TransactionClient,
  mealPlanId: string,
  result: { score: number; relaxations: string[]; targetMisses: readonly unknown[] },
): Promise<void> {
  await tx.$executeRaw`
    UPDATE meal_plans
       SET status = 'ready', score = ${result.score}, relaxations = ${JSON.stringify(result.relaxations)}::jsonb,
           target_misses = ${JSON.stringify(result.targetMisses)}::jsonb, updated_at = now()
     WHERE id = ${mealPlanId}`;
}

/** The recipes (slugs) of the person's last ready plan before `weekStart`, which the next week avoids. */
export async function lastWeekRecipeSlugs(
  client: Prisma.TransactionClient,
  userId: string,
  weekStart: string,
): Promise<string[]> {
  const rows = await client.$queryRaw<{ slug: string }[]>`
    SELECT DISTINCT r.slug
      FROM planned_meals m JOIN recipes r ON r.id = m.recipe_id
     WHERE m.meal_plan_id = (SELECT id FROM meal_plans
                              WHERE user_id = ${userId} AND week_start < ${weekStart}::date AND status = 'ready'
                              ORDER BY week_start DESC LIMIT 1)`;
  return rows.map((row) => row.slug);
}
