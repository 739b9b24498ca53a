import type { PrismaClient } from "@/lib/generated/prisma/client";
import { SEED_CATALOGUE, SEED_INGREDIENTS } from "@/lib/catalogue/seed-catalogue";

/** Writes the ingredient table and the recipe catalogue (with computed per-serving nutrition). */
export async function seedCatalogue(db: PrismaClient): Promise<{ ingredients: number; recipes: number }> {
  await db.ingredient.createMany({
    data: SEED_INGREDIENTS.map((ing) => ({
      slug: ing.slug,
      name: ing.name,
      aisle: ing.aisle,
      densityGPerMl: ing.densityGPerMl ?? null,
      gramsPerCount: ing.gramsPerCount ?? undefined,
      kcalPer100g: ing.per100g.kcal,
      proteinPer100g: ing.per100g.proteinG,
      carbsPer100g: ing.per100g.carbsG,
      fatPer100g: ing.per100g.fatG,
      diet: ing.diet,
      allergens: ing.allergens,
      isPantryStaple: ing.isPantryStaple ?? false,
      families: ing.families ?? [],
    })),
    skipDuplicates: true,
  });
  const idBySlug = new Map(
    (await db.ingredient.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]),
  );

  await db.recipe.createMany({
    data: SEED_CATALOGUE.map((recipe) => ({
      slug: recipe.id,
      name: recipe.name,
      source: "catalogue" as const,
      slots: recipe.slots,
      diet: recipe.diet,
      allergens: recipe.allergens,
      prepMinutes: recipe.prepMinutes,
      cookMinutes: recipe.cookMinutes,
      servings: recipe.servings,
      kcalPerServing: recipe.perServing.kcal,
      proteinGPerServing: recipe.perServing.proteinG,
      carbsGPerServing: recipe.perServing.carbsG,
      fatGPerServing: recipe.perServing.fatG,
      steps: recipe.steps ?? [],
    })),
    skipDuplicates: true,
  });
  const recipeIdBySlug = new Map(
    (await db.recipe.findMany({ select: { id: true, slug: true } })).map((row) => [row.slug, row.id]),
  );

  await db.recipeIngredient.createMany({
    data: SEED_CATALOGUE.flatMap((recipe) =>
      recipe.ingredients.map((line, position) => {
        const ingredientId = idBySlug.get(line.ingredientSlug);
        const recipeId = recipeIdBySlug.get(recipe.id);
        if (!ingredientId || !recipeId)
          throw new Error(`seed: unknown ingredient ${line.ingredientSlug} in ${recipe.id}`);
        return {
          recipeId,
          ingredientId,
          position,
          quantity: line.quantity,
          unit: line.unit,
          note: line.note ?? null,
        };
      }),
    ),
    skipDuplicates: true,
  });
  return { ingredients: SEED_INGREDIENTS.length, recipes: SEED_CATALOGUE.length };
}
