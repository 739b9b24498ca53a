import { DIETS, type Allergen, type CatalogueRecipe, type Diet, type MealSlot } from "@/lib/catalogue/types";
import { createRng, type Rng } from "../rng";

interface PoolIngredient {
  slug: string;
  diet: Diet;
  allergens: Allergen[];
}

const INGREDIENTS: PoolIngredient[] = [
  { slug: "oats", diet: "vegan", allergens: ["gluten"] },
  { slug: "rice", diet: "vegan", allergens: [] },
  { slug: "quinoa", diet: "vegan", allergens: [] },
  { slug: "lentils", diet: "vegan", allergens: [] },
  { slug: "chickpeas", diet: "vegan", allergens: [] },
  { slug: "black-beans", diet: "vegan", allergens: [] },
  { slug: "tofu", diet: "vegan", allergens: ["soy"] },
  { slug: "tempeh", diet: "vegan", allergens: ["soy"] },
  { slug: "soy-milk", diet: "vegan", allergens: ["soy"] },
  { slug: "seitan", diet: "vegan", allergens: ["gluten"] },
  { slug: "pasta", diet: "vegan", allergens: ["gluten"] },
  { slug: "bread", diet: "vegan", allergens: ["gluten"] },
  { slug: "almonds", diet: "vegan", allergens: ["nuts"] },
  { slug: "walnuts", diet: "vegan", allergens: ["nuts"] },
  { slug: "peanut-butter", diet: "vegan", allergens: ["peanuts"] },
  { slug: "spinach", diet: "vegan", allergens: [] },
  { slug: "tomato", diet: "vegan", allergens: [] },
  { slug: "potato", diet: "vegan", allergens: [] },
  { slug: "sweet-potato", diet: "vegan", allergens: [] },
  { slug: "mushroom", diet: "vegan", allergens: [] },
  { slug: "broccoli", diet: "vegan", allergens: [] },
  { slug: "banana", diet: "vegan", allergens: [] },
  { slug: "apple", diet: "vegan", allergens: [] },
  { slug: "avocado", diet: "vegan", allergens: [] },
  { slug: "olive-oil", diet: "vegan", allergens: [] },
  { slug: "milk", diet: "vegetarian", allergens: ["dairy"] },
  { slug: "yogurt", diet: "vegetarian", allergens: ["dairy"] },
  { slug: "cheese", diet: "vegetarian", allergens: ["dairy"] },
  { slug: "egg", diet: "vegetarian", allergens: ["egg"] },
  { slug: "salmon", diet: "pescatarian", allergens: ["fish"] },
  { slug: "tuna", diet: "pescatarian", allergens: ["fish"] },
  { slug: "shrimp", diet: "pescatarian", allergens: ["shellfish"] },
  { slug: "chicken", diet: "omnivore", allergens: [] },
  { slug: "beef", diet: "omnivore", allergens: [] },
  { slug: "turkey", diet: "omnivore", allergens: [] },
];

const KCAL_RANGE: Record<MealSlot, [number, number]> = {
  breakfast: [250, 550],
  lunch: [350, 750],
  dinner: [400, 800],
  snack: [100, 300],
};

const MINUTES_RANGE: Record<MealSlot, [number, number]> = {
  breakfast: [3, 25],
  lunch: [8, 45],
  dinner: [12, 70],
  snack: [2, 15],
};

function between(rng: Rng, [lo, hi]: [number, number]): number {
  return lo + rng.next() * (hi - lo);
}

function pickSlots(rng: Rng): MealSlot[] {
  const x = rng.next();
  if (x < 0.25) return ["breakfast"];
  if (x < 0.4) return ["lunch"];
  if (x < 0.55) return ["dinner"];
  if (x < 0.8) return ["lunch", "dinner"];
  if (x < 0.97) return ["snack"];
  return ["breakfast", "snack"];
}

function pickDietClass(rng: Rng): Diet {
  const x = rng.next();
  if (x < 0.3) return "vegan";
  if (x < 0.55) return "vegetarian";
  if (x < 0.7) return "pescatarian";
  return "omnivore";
}

export interface SyntheticCatalogueOptions {
  size: number;
  seed: number;
  /** id prefix, so two synthetic catalogues never share ids */
  prefix?: string;
}

/**
 * A deterministic, realistic-looking catalogue: macros consistent with kcal (Atwater 4/4/9),
 * diet and allergens derived from the ingredients exactly as the real seed data does.
 */
export function makeSyntheticCatalogue(options: SyntheticCatalogueOptions): CatalogueRecipe[] {
  const rng = createRng(options.seed);
  const prefix = options.prefix ?? "syn";
  const recipes: CatalogueRecipe[] = [];
  for (let i = 0; i < options.size; i++) {
    const slots = pickSlots(rng);
    const main = slots[slots.length - 1] as MealSlot;
    const dietClass = pickDietClass(rng);
    const allowed = INGREDIENTS.filter((ing) => DIETS.indexOf(ing.diet) <= DIETS.indexOf(dietClass));
    const defining = INGREDIENTS.filter((ing) => ing.diet === dietClass);
    const chosen = new Map<string, PoolIngredient>();
    const first = defining[rng.int(defining.length)] as PoolIngredient;
    chosen.set(first.slug, first);
    const count = 3 + rng.int(4);
    while (chosen.size < count) {
      const ing = allowed[rng.int(allowed.length)] as PoolIngredient;
      chosen.set(ing.slug, ing);
    }
    const ingredients = [...chosen.values()];
    const diet = DIETS[Math.max(...ingredients.map((ing) => DIETS.indexOf(ing.diet)))] as Diet;
    const allergens = [...new Set(ingredients.flatMap((ing) => ing.allergens))];
    const kcal = between(rng, KCAL_RANGE[main]);
    const proteinShare = 0.1 + rng.next() * 0.3;
    const fatShare = 0.15 + rng.next() * 0.3;
    const carbShare = Math.max(0.05, 1 - proteinShare - fatShare);
    const norm = proteinShare + fatShare + carbShare;
    const proteinG = Math.round(((kcal * proteinShare) / norm / 4) * 10) / 10;
    const carbsG = Math.round(((kcal * carbShare) / norm / 4) * 10) / 10;
    const fatG = Math.round(((kcal * fatShare) / norm / 9) * 10) / 10;
    const minutes = Math.round(between(rng, MINUTES_RANGE[main]));
    const prepMinutes = Math.max(1, Math.round(minutes * (0.3 + rng.next() * 0.5)));
    recipes.push({
      id: `${prefix}-${i}`,
      name: `${ingredients[0]?.slug ?? "mixed"} ${main} ${i}`,
      slots,
      diet,
      allergens,
      prepMinutes,
      cookMinutes: Math.max(0, minutes - prepMinutes),
      servings: 2 + rng.int(3),
      perServing: { kcal: Math.round(4 * proteinG + 4 * carbsG + 9 * fatG), proteinG, carbsG, fatG },
      ingredients: ingredients.map((ing) => ({ ingredientSlug: ing.slug, quantity: 100, unit: "g" })),
    });
  }
  return recipes;
}

export interface RecipeSpec {
  id: string;
  slots: MealSlot[];
  diet?: Diet;
  allergens?: Allergen[];
  minutes?: number;
  kcal?: number;
  ingredients?: string[];
}

/** One hand-made recipe for example tests; macros default to a balanced 40/30/30 split. */
export function makeRecipe(spec: RecipeSpec): CatalogueRecipe {
  const kcal = spec.kcal ?? 500;
  const proteinG = Math.round((kcal * 0.3) / 4);
  const carbsG = Math.round((kcal * 0.4) / 4);
  const fatG = Math.round((kcal * 0.3) / 9);
  const minutes = spec.minutes ?? 20;
  return {
    id: spec.id,
    name: spec.id,
    slots: spec.slots,
    diet: spec.diet ?? "vegan",
    allergens: spec.allergens ?? [],
    prepMinutes: Math.ceil(minutes / 2),
    cookMinutes: Math.floor(minutes / 2),
    servings: 2,
    perServing: { kcal: 4 * proteinG + 4 * carbsG + 9 * fatG, proteinG, carbsG, fatG },
    ingredients: (spec.ingredients ?? ["rice"]).map((slug) => ({
      ingredientSlug: slug,
      quantity: 100,
      unit: "g",
    })),
  };
}
