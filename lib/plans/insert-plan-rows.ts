import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db";
import type { MealSlot } from "@/lib/generated/prisma/enums";

/**
 * The rows of stored plans, written with one `INSERT … SELECT FROM unnest(…)` per table for any number of
 * plans. Measured: Prisma's `createMany` spent ~85 ms of CPU per plan building these statements (more than
 * the planner's ~25 ms); the arrays cost almost nothing, and one statement for a batch of plans saves the
 * per-statement and per-commit costs that dominated once the rows themselves were cheap.
 */

export interface PlannedMealRow {
  mealPlanId: string;
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
  mealPlanId: string;
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
  mealPlanId: string;
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
  rows: PlannedMealRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO planned_meals (id, meal_plan_id, day_index, date, slot, slot_index, recipe_id, servings, is_locked,
                               leftover_of_id, leftover_portions, kcal, protein_g, carbs_g, fat_g)
    SELECT v.id, v.meal_plan_id, v.day_index, v.date, v.slot, v.slot_index, v.recipe_id, v.servings, v.is_locked,
           v.leftover_of_id, v.leftover_portions, v.kcal, v.protein_g, v.carbs_g, v.fat_g
      FROM unnest(${column(rows, "id")}::text[], ${column(rows, "mealPlanId")}::text[],
                  ${column(rows, "dayIndex")}::int[], ${column(rows, "date")}::date[],
                  ${column(rows, "slot")}::"MealSlot"[], ${column(rows, "slotIndex")}::int[],
                  ${column(rows, "recipeId")}::text[], ${column(rows, "servings")}::float8[],
                  ${column(rows, "isLocked")}::boolean[], ${column(rows, "leftoverOfId")}::text[],
                  ${column(rows, "leftoverPortions")}::float8[], ${column(rows, "kcal")}::float8[],
                  ${column(rows, "proteinG")}::float8[], ${column(rows, "carbsG")}::float8[],
                  ${column(rows, "fatG")}::float8[])
        AS v(id, meal_plan_id, day_index, date, slot, slot_index, recipe_id, servings, is_locked, leftover_of_id,
             leftover_portions, kcal, protein_g, carbs_g, fat_g)`;
}

export async function insertGroceryItems(
  tx: Prisma.TransactionClient,
  rows: GroceryItemRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO grocery_items (id, meal_plan_id, ingredient_id, name, aisle, position, quantity, unit,
                               purchase_quantity, purchase_unit, is_pantry_staple, note)
    SELECT v.id, v.meal_plan_id, v.ingredient_id, v.name, v.aisle, v.position, v.quantity, v.unit,
           v.purchase_quantity, v.purchase_unit, v.is_pantry_staple, v.note
      FROM unnest(${rows.map(() => randomUUID())}::text[], ${column(rows, "mealPlanId")}::text[],
                  ${column(rows, "ingredientId")}::text[],
                  ${column(rows, "name")}::text[], ${column(rows, "aisle")}::text[],
                  ${column(rows, "position")}::int[], ${column(rows, "quantity")}::float8[],
                  ${column(rows, "unit")}::text[], ${column(rows, "purchaseQuantity")}::float8[],
                  ${column(rows, "purchaseUnit")}::text[], ${column(rows, "isPantryStaple")}::boolean[],
                  ${column(rows, "note")}::text[])
        AS v(id, meal_plan_id, ingredient_id, name, aisle, position, quantity, unit, purchase_quantity,
             purchase_unit, is_pantry_staple, note)`;
}

export async function insertPrepTasks(tx: Prisma.TransactionClient, rows: PrepTaskRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO prep_tasks (id, meal_plan_id, session_day, session_label, position, description, minutes, for_meals)
    SELECT v.id, v.meal_plan_id, v.session_day, v.session_label, v.position, v.description, v.minutes, v.for_meals
      FROM unnest(${rows.map(() => randomUUID())}::text[], ${column(rows, "mealPlanId")}::text[],
                  ${column(rows, "sessionDay")}::int[],
                  ${column(rows, "sessionLabel")}::text[], ${column(rows, "position")}::int[],
                  ${column(rows, "description")}::text[], ${column(rows, "minutes")}::int[],
                  ${rows.map((row) => JSON.stringify(row.forMeals))}::jsonb[])
        AS v(id, meal_plan_id, session_day, session_label, position, description, minutes, for_meals)`;
}

export interface PlanHeader {
  userId: string;
  /** YYYY-MM-DD */
  weekStart: string;
  seed: number;
  engineVersion: string;
  /** the engine state swaps follow */
  rules: unknown;
  score: number;
  relaxations: string[];
  targetMisses: readonly unknown[];
}

/**
 * Creates or resets each week's plan row as ready (with its rules and scores, no undo left) and returns
 * the plan ids in the order given. One person-week may appear once per call: Postgres cannot upsert the
 * same row twice in one statement.
 */
export async function upsertPlanHeaders(
  tx: Prisma.TransactionClient,
  headers: PlanHeader[],
): Promise<string[]> {
  if (headers.length === 0) return [];
  const rows = await tx.$queryRaw<{ id: string; user_id: string; week_start: string }[]>`
    INSERT INTO meal_plans (id, user_id, week_start, status, seed, engine_version, rules, score, relaxations,
                            target_misses, updated_at)
    SELECT v.id, v.user_id, v.week_start, 'ready', v.seed, v.engine_version, v.rules, v.score, v.relaxations,
           v.target_misses, now()
      FROM unnest(${headers.map(() => randomUUID())}::text[], ${column(headers, "userId")}::text[],
                  ${column(headers, "weekStart")}::date[], ${column(headers, "seed")}::int[],
                  ${column(headers, "engineVersion")}::text[],
                  ${headers.map((h) => JSON.stringify(h.rules))}::jsonb[], ${column(headers, "score")}::float8[],
                  ${headers.map((h) => JSON.stringify(h.relaxations))}::jsonb[],
                  ${headers.map((h) => JSON.stringify(h.targetMisses))}::jsonb[])
        AS v(id, user_id, week_start, seed, engine_version, rules, score, relaxations, target_misses)
    ON CONFLICT (user_id, week_start) DO UPDATE
       SET status = 'ready', seed = EXCLUDED.seed, engine_version = EXCLUDED.engine_version,
           rules = EXCLUDED.rules, undo_snapshot = NULL, score = EXCLUDED.score,
           relaxations = EXCLUDED.relaxations, target_misses = EXCLUDED.target_misses, updated_at = now()
    RETURNING id, user_id, to_char(week_start, 'YYYY-MM-DD') AS week_start`;
  const idByWeek = new Map(rows.map((row) => [`${row.user_id}:${row.week_start}`, row.id]));
  return headers.map((h) => {
    const id = idByWeek.get(`${h.userId}:${h.weekStart}`);
    if (!id) throw new Error(`meal plan upsert returned no row for ${h.userId} ${h.weekStart}`);
    return id;
  });
}

/** Removes the plans' meals, grocery lines and prep tasks in one statement, before they are written anew. */
export async function clearPlanRows(tx: Prisma.TransactionClient, mealPlanIds: string[]): Promise<void> {
  if (mealPlanIds.length === 0) return;
  await tx.$executeRaw`
    WITH meals AS (DELETE FROM planned_meals WHERE meal_plan_id = ANY(${mealPlanIds}::text[])),
         lines AS (DELETE FROM grocery_items WHERE meal_plan_id = ANY(${mealPlanIds}::text[]))
    DELETE FROM prep_tasks WHERE meal_plan_id = ANY(${mealPlanIds}::text[])`;
}

/**
 * The recipes (slugs) of each person's last ready plan before `weekStart`, which the next week avoids,
 * in one query for any number of people; people without an earlier plan are absent from the map.
 */
export async function lastWeekRecipeSlugsFor(
  client: Prisma.TransactionClient,
  userIds: string[],
  weekStart: string,
): Promise<Map<string, string[]>> {
  if (userIds.length === 0) return new Map();
  const rows = await client.$queryRaw<{ user_id: string; slugs: string[] }[]>`
    SELECT p.user_id, array_agg(DISTINCT r.slug ORDER BY r.slug) AS slugs
      FROM (SELECT DISTINCT ON (user_id) id, user_id
              FROM meal_plans
             WHERE user_id = ANY(${userIds}::text[]) AND week_start < ${weekStart}::date AND status = 'ready'
             ORDER BY user_id, week_start DESC) p
      JOIN planned_meals m ON m.meal_plan_id = p.id
      JOIN recipes r ON r.id = m.recipe_id
     GROUP BY p.user_id`;
  return new Map(rows.map((row) => [row.user_id, row.slugs]));
}

/** The recipes (slugs) of the person's last ready plan before `weekStart`. */
export async function lastWeekRecipeSlugs(
  client: Prisma.TransactionClient,
  userId: string,
  weekStart: string,
): Promise<string[]> {
  return (await lastWeekRecipeSlugsFor(client, [userId], weekStart)).get(userId) ?? [];
}
