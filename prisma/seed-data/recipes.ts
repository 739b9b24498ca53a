import type { RecipeSource } from "@/lib/nutrition/compute-recipe-nutrition";

import { BREAKFAST_RECIPES } from "./recipes-breakfast";
import { SNACK_RECIPES } from "./recipes-snack";

/** Every catalogue recipe as authored: nutrition, diet and allergens are derived, never typed in. */
export const RECIPE_SOURCES: RecipeSource[] = [...BREAKFAST_RECIPES, ...SNACK_RECIPES];
