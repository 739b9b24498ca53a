import type { RecipeSource } from "@/lib/nutrition/compute-recipe-nutrition";

import { BREAKFAST_RECIPES } from "./recipes-breakfast";
import { DINNER_RECIPES } from "./recipes-dinner";
import { LUNCH_RECIPES } from "./recipes-lunch";
import { MAIN_RECIPES } from "./recipes-main";
import { SNACK_RECIPES } from "./recipes-snack";

/** Every catalogue recipe as authored: nutrition, diet and allergens are derived, never typed in. */
export const RECIPE_SOURCES: RecipeSource[] = [
  ...BREAKFAST_RECIPES,
  ...LUNCH_RECIPES,
  ...MAIN_RECIPES,
  ...DINNER_RECIPES,
  ...SNACK_RECIPES,
];
