/**
 * Tandoor's REST shapes as this app reads them (Tandoor's RecipeOverviewSerializer for list pages and
 * RecipeSerializer for detail). Decimal fields arrive as numbers or strings depending on the server version.
 */
import { z } from "zod";

const decimal = z.union([z.number(), z.string()]).transform((v) => Number(v));
const nullableDecimal = z
  .union([z.number(), z.string(), z.null()])
  .transform((v) => (v === null ? null : Number(v)));

export const RecipeOverviewSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  updated_at: z.string(),
});

export const RecipePageSchema = z.object({
  count: z.number().int(),
  next: z.string().nullable(),
  previous: z.string().nullable(),
  results: z.array(RecipeOverviewSchema),
});
export type RecipePage = z.infer<typeof RecipePageSchema>;

const IngredientSchema = z.object({
  food: z.object({ name: z.string() }).nullable(),
  unit: z.object({ name: z.string() }).nullable(),
  amount: decimal,
  note: z.string().nullable().optional(),
  is_header: z.boolean().default(false),
  no_amount: z.boolean().default(false),
});

const PropertySchema = z.object({
  property_amount: nullableDecimal,
  property_type: z.object({ name: z.string(), unit: z.string().nullable().optional() }),
});

const FoodPropertySchema = z.object({
  name: z.string(),
  total_value: decimal,
  missing_value: z.boolean().optional(),
});

export const RecipeDetailSchema = z.object({
  id: z.number().int(),
  name: z.string(),
  servings: z.number(),
  working_time: z.number().int().nullable().default(0),
  waiting_time: z.number().int().nullable().default(0),
  updated_at: z.string(),
  keywords: z.array(z.object({ name: z.string() })).default([]),
  steps: z.array(
    z.object({ instruction: z.string().nullable().default(""), ingredients: z.array(IngredientSchema) }),
  ),
  nutrition: z
    .object({
      calories: nullableDecimal,
      proteins: nullableDecimal,
      carbohydrates: nullableDecimal,
      fats: nullableDecimal,
    })
    .nullable()
    .optional(),
  properties: z.array(PropertySchema).nullable().optional(),
  food_properties: z.record(z.string(), FoodPropertySchema).nullable().optional(),
});
export type TandoorRecipe = z.infer<typeof RecipeDetailSchema>;
