/**
 * The FatSecret methods AutoSync uses, with their answers validated. FatSecret answers a one-element list
 * as a bare object (`"food": {…}` instead of `[{…}]`), so lists are normalised here.
 */
import { z } from "zod";
import { callPlatform, type OAuthTokenPair } from "@/lib/integrations/fatsecret/fatsecret-client";
import { FatSecretError } from "@/lib/integrations/fatsecret/fatsecret-error";

const listOf = <T extends z.ZodType>(item: T) =>
  z
    .union([z.array(item), item])
    .optional()
    .transform((value) => (value === undefined ? [] : Array.isArray(value) ? value : [value]));

const FoodsSearchSchema = z.object({
  foods: z
    .object({ food: listOf(z.object({ food_id: z.coerce.string(), food_name: z.string() })) })
    .optional(),
});

const ServingSchema = z.object({
  serving_id: z.coerce.string(),
  serving_description: z.string().default(""),
  calories: z.coerce.number(),
});
const FoodGetSchema = z.object({
  food: z.object({
    food_id: z.coerce.string(),
    food_name: z.string(),
    servings: z.object({ serving: listOf(ServingSchema) }),
  }),
});

const FoodEntrySchema = z.object({
  food_entry_id: z.coerce.string(),
  food_entry_name: z.string().default(""),
  food_id: z.coerce.string(),
  meal: z.string(),
});
const FoodEntryCreateSchema = z
  .object({ food_entry_id: z.object({ value: z.coerce.string() }) })
  .or(z.object({ food_entry: z.object({ food_entry_id: z.coerce.string() }) }));
const FoodEntriesGetSchema = z.object({
  food_entries: z.union([z.object({ food_entry: listOf(FoodEntrySchema) }), z.null()]).optional(),
});

export type FatSecretMeal = "breakfast" | "lunch" | "dinner" | "other";

export interface FoodEntryInput {
  foodId: string;
  entryName: string;
  servingId: string;
  numberOfUnits: number;
  meal: FatSecretMeal;
  /** Days since 1970-01-01. */
  dateInt: number;
}

export interface FatSecretFoodEntry {
  foodEntryId: string;
  entryName: string;
  foodId: string;
  meal: string;
}

function parseAnswer<T extends z.ZodType>(method: string, schema: T, body: unknown): z.infer<T> {
  const parsed = schema.safeParse(body);
  if (!parsed.success) {
    throw new FatSecretError({
      reason: "malformed",
      method,
      message: "the answer did not have the documented shape",
    });
  }
  return parsed.data;
}

/** Days since 1970-01-01 of a calendar date (`YYYY-MM-DD` or a UTC-midnight Date). */
export function toDateInt(date: Date | string): number {
  const ms = typeof date === "string" ? Date.parse(`${date}T00:00:00Z`) : date.getTime();
  return Math.floor(ms / 86_400_000);
}

export async function searchFoods(expression: string): Promise<{ foodId: string; foodName: string }[]> {
  const body = await callPlatform(
    "foods.search",
    { search_expression: expression, max_results: "10" },
    { kind: "app" },
  );
  return (parseAnswer("foods.search", FoodsSearchSchema, body).foods?.food ?? []).map((food) => ({
    foodId: food.food_id,
    foodName: food.food_name,
  }));
}

export async function getFood(foodId: string): Promise<{
  foodId: string;
  foodName: string;
  servings: { servingId: string; description: string; calories: number }[];
}> {
  const body = await callPlatform("food.get", { food_id: foodId }, { kind: "app" });
  const { food } = parseAnswer("food.get", FoodGetSchema, body);
  return {
    foodId: food.food_id,
    foodName: food.food_name,
    servings: food.servings.serving.map((s) => ({
      servingId: s.serving_id,
      description: s.serving_description,
      calories: s.calories,
    })),
  };
}

export async function createFoodEntry(
  credentials: OAuthTokenPair,
  userId: string,
  entry: FoodEntryInput,
): Promise<string> {
  const body = await callPlatform(
    "food_entry.create",
    {
      food_id: entry.foodId,
      food_entry_name: entry.entryName,
      serving_id: entry.servingId,
      number_of_units: entry.numberOfUnits.toFixed(2),
      meal: entry.meal,
      date: String(entry.dateInt),
    },
    { kind: "user", credentials, userId },
    { isIdempotent: false },
  );
  const parsed = parseAnswer("food_entry.create", FoodEntryCreateSchema, body);
  return "food_entry_id" in parsed ? parsed.food_entry_id.value : parsed.food_entry.food_entry_id;
}

/** Deletes an entry; one that is already gone (error 109/204) counts as deleted. */
export async function deleteFoodEntry(
  credentials: OAuthTokenPair,
  userId: string,
  foodEntryId: string,
): Promise<void> {
  try {
    await callPlatform(
      "food_entry.delete",
      { food_entry_id: foodEntryId },
      { kind: "user", credentials, userId },
    );
  } catch (error) {
    if (error instanceof FatSecretError && (error.code === 109 || error.code === 204)) return;
    throw error;
  }
}

export async function listFoodEntries(
  credentials: OAuthTokenPair,
  userId: string,
  dateInt: number,
): Promise<FatSecretFoodEntry[]> {
  const body = await callPlatform(
    "food_entries.get",
    { date: String(dateInt) },
    { kind: "user", credentials, userId },
  );
  const entries = parseAnswer("food_entries.get", FoodEntriesGetSchema, body).food_entries?.food_entry ?? [];
  return entries.map((e) => ({
    foodEntryId: e.food_entry_id,
    entryName: e.food_entry_name,
    foodId: e.food_id,
    meal: e.meal,
  }));
}
