import { randomUUID } from "node:crypto";
import type { Prisma } from "@/lib/db";
import type { MealSlot } from "@/lib/generated/prisma/enums";
import type { GroceryLineRow, PrepTaskLineRow } from "@/lib/plans/plan-list-rows";

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

export type GroceryItemRow = GroceryLineRow & { mealPlanId: string };

export type PrepTaskRow = PrepTaskLineRow & { mealPlanId: string };

const column = <T, K extends keyof T>(rows: T[], key: K): T[K][] => rows.map((row) => row[key]);

// The rows travel as one JSON document per table (`json_to_recordset`, keys matched to the quoted column
// definitions): JSON.stringify is native, where an array parameter per column was escaped element by element
// by the driver and walked again by Prisma — together ~3 ms of CPU per plan, as much as building the rows.

export async function insertPlannedMeals(
  tx: Prisma.TransactionClient,
  rows: PlannedMealRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO planned_meals (id, meal_plan_id, day_index, date, slot, slot_index, recipe_id, servings, is_locked,
                               leftover_of_id, leftover_portions, kcal, protein_g, carbs_g, fat_g)
    SELECT v."id", v."mealPlanId", v."dayIndex", v."date", v."slot", v."slotIndex", v."recipeId", v."servings",
           v."isLocked", v."leftoverOfId", v."leftoverPortions", v."kcal", v."proteinG", v."carbsG", v."fatG"
      FROM json_to_recordset(${JSON.stringify(rows)}::json)
        AS v("id" text, "mealPlanId" text, "dayIndex" int, "date" date, "slot" "MealSlot", "slotIndex" int,
             "recipeId" text, "servings" float8, "isLocked" boolean, "leftoverOfId" text,
             "leftoverPortions" float8, "kcal" float8, "proteinG" float8, "carbsG" float8, "fatG" float8)`;
}

export async function insertGroceryItems(
  tx: Prisma.TransactionClient,
  rows: GroceryItemRow[],
): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO grocery_items (id, meal_plan_id, ingredient_id, name, aisle, position, quantity, unit,
                               purchase_quantity, purchase_unit, is_pantry_staple, note)
    SELECT gen_random_uuid()::text, v."mealPlanId", v."ingredientId", v."name", v."aisle", v."position",
           v."quantity", v."unit", v."purchaseQuantity", v."purchaseUnit", v."isPantryStaple", v."note"
      FROM json_to_recordset(${JSON.stringify(rows)}::json)
        AS v("mealPlanId" text, "ingredientId" text, "name" text, "aisle" text, "position" int,
             "quantity" float8, "unit" text, "purchaseQuantity" float8, "purchaseUnit" text,
             "isPantryStaple" boolean, "note" text)`;
}

export async function insertPrepTasks(tx: Prisma.TransactionClient, rows: PrepTaskRow[]): Promise<void> {
  if (rows.length === 0) return;
  await tx.$executeRaw`
    INSERT INTO prep_tasks (id, meal_plan_id, session_day, session_label, position, description, minutes, for_meals)
    SELECT gen_random_uuid()::text, v."mealPlanId", v."sessionDay", v."sessionLabel", v."position",
           v."description", v."minutes", v."forMeals"
      FROM json_to_recordset(${JSON.stringify(rows)}::json)
        AS v("mealPlanId" text, "sessionDay" int, "sessionLabel" text, "position" int, "description" text,
             "minutes" int, "forMeals" jsonb)`;
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
