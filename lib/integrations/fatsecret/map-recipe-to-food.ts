import { db } from "@/lib/db";
import { FatSecretError } from "@/lib/integrations/fatsecret/fatsecret-error";
import { getFood, searchFoods } from "@/lib/integrations/fatsecret/fatsecret-methods";

export interface RecipeFood {
  foodId: string;
  servingId: string;
  servingKcal: number;
}

/**
 * A recipe's FatSecret food, looked up once and kept in `fatsecret_food_mappings`.
 *
 * Why a mapped food and not a per-recipe custom food: FatSecret's diary takes entries of foods from its own
 * database (`food_entry.create` needs a `food_id` and `serving_id`), and creating custom foods is not
 * among the methods a basic-scope Platform key can rely on. So we search by the recipe's name
 * (`foods.search`), take the best match, read its servings (`food.get`), and pick the first serving with
 * calories. Each entry then uses `number_of_units = planned kcal / serving kcal`, so the diary shows the
 * planned meal's energy even when FatSecret's food is a near match rather than our exact recipe. The entry
 * keeps the recipe's own name.
 */
export async function mapRecipeToFood(recipeId: string): Promise<RecipeFood> {
  const known = await db.fatSecretFoodMapping.findUnique({ where: { recipeId } });
  if (known) return { foodId: known.foodId, servingId: known.servingId, servingKcal: known.servingKcal };

  const recipe = await db.recipe.findUniqueOrThrow({ where: { id: recipeId }, select: { name: true } });
  const [match] = await searchFoods(recipe.name);
  if (!match) {
    throw new FatSecretError({
      reason: "api_code",
      method: "foods.search",
      message: `no FatSecret food matches "${recipe.name}"`,
    });
  }
  const food = await getFood(match.foodId);
  const serving = food.servings.find((s) => s.calories > 0);
  if (!serving) {
    throw new FatSecretError({
      reason: "api_code",
      method: "food.get",
      message: `"${food.foodName}" has no serving with calories`,
    });
  }
  const mapping = await db.fatSecretFoodMapping.upsert({
    where: { recipeId },
    create: {
      recipeId,
      foodId: food.foodId,
      foodName: food.foodName,
      servingId: serving.servingId,
      servingKcal: serving.calories,
    },
    update: {},
  });
  return { foodId: mapping.foodId, servingId: mapping.servingId, servingKcal: mapping.servingKcal };
}
