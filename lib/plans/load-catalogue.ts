import type { CatalogueRecipe, Ingredient, MealSlot } from "@/lib/catalogue/types";
import type { CatalogueSnapshot } from "@/lib/grocery";
import { db } from "@/lib/db";
import { parseUnit, type CountUnit } from "@/lib/units";

export type LoadedCatalogue = CatalogueSnapshot & {
  recipes: CatalogueRecipe[];
  /** Database ids by slug, for storing a plan without asking again. */
  recipeIdBySlug: ReadonlyMap<string, string>;
  ingredientIdBySlug: ReadonlyMap<string, string>;
};

/** The active recipe catalogue and the ingredient table, in the pure domain's shapes (recipe id = slug). */
export async function loadCatalogue(): Promise<LoadedCatalogue> {
  const [recipes, ingredients] = await Promise.all([
    db.recipe.findMany({
      where: { isActive: true },
      orderBy: { slug: "asc" },
      include: {
        ingredients: { orderBy: { position: "asc" }, include: { ingredient: { select: { slug: true } } } },
      },
    }),
    db.ingredient.findMany({ orderBy: { slug: "asc" } }),
  ]);
  return {
    recipeIdBySlug: new Map(recipes.map((r) => [r.slug, r.id])),
    ingredientIdBySlug: new Map(ingredients.map((i) => [i.slug, i.id])),
    recipes: recipes.map((r) => ({
      id: r.slug,
      name: r.name,
      slots: r.slots as MealSlot[],
      diet: r.diet,
      allergens: r.allergens,
      prepMinutes: r.prepMinutes,
      cookMinutes: r.cookMinutes,
      servings: r.servings,
      perServing: {
        kcal: r.kcalPerServing,
        proteinG: r.proteinGPerServing,
        carbsG: r.carbsGPerServing,
        fatG: r.fatGPerServing,
      },
      ingredients: r.ingredients.map((line) => ({
        ingredientSlug: line.ingredient.slug,
        quantity: line.quantity,
        unit: parseUnit(line.unit) ?? "g",
        ...(line.note ? { note: line.note } : {}),
      })),
      steps: r.steps,
      source: r.source,
    })),
    ingredients: ingredients.map((i): Ingredient => ({
      slug: i.slug,
      name: i.name,
      aisle: i.aisle as Ingredient["aisle"],
      per100g: {
        kcal: i.kcalPer100g,
        proteinG: i.proteinPer100g,
        carbsG: i.carbsPer100g,
        fatG: i.fatPer100g,
      },
      diet: i.diet,
      allergens: i.allergens,
      isPantryStaple: i.isPantryStaple,
      densityGPerMl: i.densityGPerMl,
      gramsPerCount: (i.gramsPerCount as Partial<Record<CountUnit, number>> | null) ?? null,
    })),
  };
}

interface CachedCatalogue {
  fingerprint: string;
  catalogue: Promise<LoadedCatalogue>;
}

// Kept on globalThis so dev reloads and every request of a process share one copy.
const cache = globalThis as unknown as { mealPlannerCatalogue?: CachedCatalogue };

/**
 * The catalogue, read from the database only when it changed: planning a week takes ~25 ms, while reading
 * ~400 recipes with their lines took several times that on every plan. The fingerprint (counts and the
 * newest `updated_at` of recipes and ingredients) is one indexed query, so a Tandoor sync or an edit on
 * another instance is seen by the next plan.
 */
export async function getCatalogue(): Promise<LoadedCatalogue> {
  const [row] = await db.$queryRaw<{ fingerprint: string }[]>`
    SELECT concat_ws(':', (SELECT count(*) FROM recipes WHERE is_active),
                          (SELECT max(updated_at) FROM recipes),
                          (SELECT count(*) FROM recipes),
                          (SELECT count(*) FROM ingredients)) AS fingerprint`;
  const fingerprint = row?.fingerprint ?? "";
  const cached = cache.mealPlannerCatalogue;
  if (cached && cached.fingerprint === fingerprint) return cached.catalogue;
  const catalogue = loadCatalogue();
  cache.mealPlannerCatalogue = { fingerprint, catalogue };
  // A failed read must not stay cached.
  catalogue.catch(() => {
    if (cache.mealPlannerCatalogue?.catalogue === catalogue) delete cache.mealPlannerCatalogue;
  });
  return catalogue;
}
