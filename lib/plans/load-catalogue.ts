import type { CatalogueRecipe, Ingredient, MealSlot } from "@/lib/catalogue/types";
import type { CatalogueSnapshot } from "@/lib/grocery";
import { db } from "@/lib/db";
import { parseUnit, type CountUnit } from "@/lib/units";

/** The active recipe catalogue and the ingredient table, in the pure domain's shapes (recipe id = slug). */
export async function loadCatalogue(): Promise<CatalogueSnapshot & { recipes: CatalogueRecipe[] }> {
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
      families: i.families,
      densityGPerMl: i.densityGPerMl,
      gramsPerCount: (i.gramsPerCount as Partial<Record<CountUnit, number>> | null) ?? null,
    })),
  };
}
