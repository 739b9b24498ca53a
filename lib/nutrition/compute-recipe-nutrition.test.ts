import { describe, expect, it } from "vitest";

import type { Ingredient } from "@/lib/catalogue/types";

import {
  RecipeNutritionError,
  buildCatalogueRecipe,
  computeBatchNutrition,
  computeRecipeNutrition,
  deriveAllergens,
  deriveDiet,
  indexIngredients,
  lineGrams,
  roundMacros,
  type RecipeSource,
} from "./compute-recipe-nutrition";

function ingredient(partial: Partial<Ingredient> & Pick<Ingredient, "slug">): Ingredient {
  return {
    name: partial.slug,
    aisle: "other",
    per100g: { kcal: 100, proteinG: 10, carbsG: 10, fatG: 1 },
    diet: "vegan",
    allergens: [],
    ...partial,
  };
}

const TABLE: Ingredient[] = [
  ingredient({
    slug: "flour",
    per100g: { kcal: 364, proteinG: 10.3, carbsG: 76.3, fatG: 1 },
    densityGPerMl: 0.53,
    allergens: ["gluten"],
  }),
  ingredient({
    slug: "milk",
    per100g: { kcal: 50, proteinG: 3.3, carbsG: 4.8, fatG: 2 },
    densityGPerMl: 1.03,
    diet: "vegetarian",
    allergens: ["dairy"],
  }),
  ingredient({
    slug: "egg",
    per100g: { kcal: 143, proteinG: 12.6, carbsG: 0.7, fatG: 9.5 },
    gramsPerCount: { piece: 50 },
    diet: "vegetarian",
    allergens: ["egg"],
  }),
  ingredient({
    slug: "garlic",
    per100g: { kcal: 149, proteinG: 6.4, carbsG: 33.1, fatG: 0.5 },
    gramsPerCount: { clove: 3 },
  }),
  ingredient({
    slug: "chickpeas",
    per100g: { kcal: 139, proteinG: 7, carbsG: 22.5, fatG: 2.6 },
    gramsPerCount: { can: 240 },
  }),
  ingredient({ slug: "oil", per100g: { kcal: 884, proteinG: 0, carbsG: 0, fatG: 100 }, densityGPerMl: 0.92 }),
  ingredient({ slug: "salt", per100g: { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 } }),
  ingredient({
    slug: "cheese",
    per100g: { kcal: 400, proteinG: 25, carbsG: 1, fatG: 33 },
    diet: "vegetarian",
    allergens: ["dairy"],
  }),
  ingredient({ slug: "anchovy", diet: "pescatarian", allergens: ["fish"] }),
  ingredient({ slug: "prawn", diet: "pescatarian", allergens: ["shellfish"] }),
  ingredient({ slug: "bacon", diet: "omnivore" }),
  ingredient({ slug: "soy-sauce", diet: "vegan", allergens: ["soy", "gluten"] }),
];
const INDEX = indexIngredients(TABLE);

function source(lines: RecipeSource["ingredients"], servings = 1): RecipeSource {
  return {
    id: "test-recipe",
    name: "Test recipe",
    slots: ["dinner"],
    prepMinutes: 1,
    cookMinutes: 1,
    servings,
    ingredients: lines,
  };
}

describe("lineGrams", () => {
  it("passes mass units through (g, kg, oz, lb)", () => {
    expect(lineGrams("r", { ingredientSlug: "flour", quantity: 250, unit: "g" }, 0, INDEX)).toBe(250);
    expect(lineGrams("r", { ingredientSlug: "flour", quantity: 0.5, unit: "kg" }, 0, INDEX)).toBe(500);
    expect(lineGrams("r", { ingredientSlug: "flour", quantity: 1, unit: "oz" }, 0, INDEX)).toBeCloseTo(
      28.3495,
      4,
    );
    expect(lineGrams("r", { ingredientSlug: "flour", quantity: 1, unit: "lb" }, 0, INDEX)).toBeCloseTo(
      453.592,
      3,
    );
  });

  it("converts volume units through the ingredient density", () => {
    expect(lineGrams("r", { ingredientSlug: "milk", quantity: 250, unit: "ml" }, 0, INDEX)).toBeCloseTo(
      257.5,
      6,
    );
    expect(lineGrams("r", { ingredientSlug: "flour", quantity: 1, unit: "cup" }, 0, INDEX)).toBeCloseTo(
      240 * 0.53,
      6,
    );
    expect(lineGrams("r", { ingredientSlug: "oil", quantity: 1, unit: "tbsp" }, 0, INDEX)).toBeCloseTo(
      15 * 0.92,
      6,
    );
    expect(lineGrams("r", { ingredientSlug: "oil", quantity: 2, unit: "tsp" }, 0, INDEX)).toBeCloseTo(
      10 * 0.92,
      6,
    );
    expect(lineGrams("r", { ingredientSlug: "milk", quantity: 0.5, unit: "l" }, 0, INDEX)).toBeCloseTo(
      515,
      6,
    );
  });

  it("converts count units through the per-count weight", () => {
    expect(lineGrams("r", { ingredientSlug: "egg", quantity: 3, unit: "piece" }, 0, INDEX)).toBe(150);
    expect(lineGrams("r", { ingredientSlug: "garlic", quantity: 2, unit: "clove" }, 0, INDEX)).toBe(6);
    expect(lineGrams("r", { ingredientSlug: "chickpeas", quantity: 0.5, unit: "can" }, 0, INDEX)).toBe(120);
  });

  it("gives 0 g for a to-taste line", () => {
    expect(lineGrams("r", { ingredientSlug: "salt", quantity: null, unit: "g" }, 0, INDEX)).toBe(0);
  });

  it("throws a typed error naming recipe and line when a density is missing", () => {
    const call = () =>
      lineGrams("pancakes", { ingredientSlug: "cheese", quantity: 1, unit: "cup" }, 2, INDEX);
    expect(call).toThrow(RecipeNutritionError);
    try {
      call();
    } catch (error) {
      expect(error).toBeInstanceOf(RecipeNutritionError);
      const e = error as RecipeNutritionError;
      expect(e.recipeId).toBe("pancakes");
      expect(e.lineIndex).toBe(2);
      expect(e.ingredientSlug).toBe("cheese");
      expect(e.reason).toBe("unconvertible-unit");
      expect(e.message).toContain("pancakes");
      expect(e.message).toContain("line 3");
      expect(e.message).toContain("cheese");
    }
  });

  it("throws when a count unit has no known weight", () => {
    expect(() => lineGrams("r", { ingredientSlug: "egg", quantity: 1, unit: "slice" }, 0, INDEX)).toThrow(
      /cannot convert 1 slice of "egg"/,
    );
  });

  it("throws on an unknown ingredient and on a negative quantity", () => {
    expect(() => lineGrams("r", { ingredientSlug: "unicorn", quantity: 1, unit: "g" }, 0, INDEX)).toThrow(
      expect.objectContaining({ reason: "unknown-ingredient", ingredientSlug: "unicorn" }),
    );
    expect(() => lineGrams("r", { ingredientSlug: "flour", quantity: -1, unit: "g" }, 0, INDEX)).toThrow(
      expect.objectContaining({ reason: "invalid-quantity" }),
    );
  });
});

describe("computeRecipeNutrition", () => {
  it("sums grams × per100g / 100 over lines and divides by servings", () => {
    const recipe = source(
      [
        { ingredientSlug: "flour", quantity: 200, unit: "g" },
        { ingredientSlug: "milk", quantity: 300, unit: "ml" },
        { ingredientSlug: "egg", quantity: 2, unit: "piece" },
        { ingredientSlug: "salt", quantity: null, unit: "g" },
      ],
      4,
    );
    const milkGrams = 300 * 1.03;
    const expected = {
      kcal: (2 * 364 + (milkGrams * 50) / 100 + 143) / 4,
      proteinG: (2 * 10.3 + (milkGrams * 3.3) / 100 + 12.6) / 4,
      carbsG: (2 * 76.3 + (milkGrams * 4.8) / 100 + 0.7) / 4,
      fatG: (2 * 1 + (milkGrams * 2) / 100 + 9.5) / 4,
    };
    expect(computeRecipeNutrition(recipe, INDEX)).toEqual(roundMacros(expected));
    expect(computeRecipeNutrition(recipe, TABLE)).toEqual(roundMacros(expected));
  });

  it("rounds kcal to whole numbers and grams to one decimal", () => {
    const recipe = source([{ ingredientSlug: "flour", quantity: 33, unit: "g" }], 1);
    // 33 g flour: 120.12 kcal, 3.399 g protein, 25.179 g carbs, 0.33 g fat
    expect(computeRecipeNutrition(recipe, INDEX)).toEqual({
      kcal: 120,
      proteinG: 3.4,
      carbsG: 25.2,
      fatG: 0.3,
    });
    expect(roundMacros({ kcal: 99.5, proteinG: 1.25, carbsG: 0.04, fatG: 10.06 })).toEqual({
      kcal: 100,
      proteinG: 1.3,
      carbsG: 0,
      fatG: 10.1,
    });
  });

  it("gives zero nutrition for a recipe made only of to-taste lines", () => {
    const recipe = source([{ ingredientSlug: "salt", quantity: null, unit: "g" }]);
    expect(computeRecipeNutrition(recipe, INDEX)).toEqual({ kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 });
  });

  it("returns the unrounded batch total from computeBatchNutrition", () => {
    const recipe = source([{ ingredientSlug: "oil", quantity: 1, unit: "tbsp" }], 2);
    expect(computeBatchNutrition(recipe, INDEX).kcal).toBeCloseTo(13.8 * 8.84, 6);
  });

  it("throws on missing density with the recipe id in the message", () => {
    const recipe = {
      ...source([{ ingredientSlug: "cheese", quantity: 2, unit: "tbsp" }]),
      id: "cheesy-thing",
    };
    expect(() => computeRecipeNutrition(recipe, INDEX)).toThrow(/recipe "cheesy-thing", line 1 \(cheese\)/);
  });

  it("rejects non-positive or fractional servings", () => {
    expect(() => computeRecipeNutrition(source([], 0), INDEX)).toThrow(
      expect.objectContaining({ reason: "invalid-servings" }),
    );
    expect(() => computeRecipeNutrition(source([], 1.5), INDEX)).toThrow(RecipeNutritionError);
  });
});

describe("deriveDiet", () => {
  const dietOf = (...slugs: string[]) =>
    deriveDiet(
      source(slugs.map((ingredientSlug) => ({ ingredientSlug, quantity: 1, unit: "g" as const }))),
      INDEX,
    );

  it("is vegan for plants only (and for an empty recipe)", () => {
    expect(dietOf("flour", "oil", "garlic")).toBe("vegan");
    expect(dietOf()).toBe("vegan");
  });
  it("lets the most permissive ingredient decide", () => {
    expect(dietOf("flour", "milk")).toBe("vegetarian");
    expect(dietOf("milk", "anchovy")).toBe("pescatarian");
    expect(dietOf("prawn", "egg", "bacon")).toBe("omnivore");
  });
  it("counts to-taste lines", () => {
    const recipe = source([
      { ingredientSlug: "flour", quantity: 100, unit: "g" },
      { ingredientSlug: "anchovy", quantity: null, unit: "g" },
    ]);
    expect(deriveDiet(recipe, INDEX)).toBe("pescatarian");
  });
});

describe("deriveAllergens", () => {
  it("returns the union in canonical order without duplicates", () => {
    const recipe = source([
      { ingredientSlug: "prawn", quantity: 100, unit: "g" },
      { ingredientSlug: "soy-sauce", quantity: null, unit: "g" },
      { ingredientSlug: "flour", quantity: 10, unit: "g" },
      { ingredientSlug: "milk", quantity: 10, unit: "ml" },
      { ingredientSlug: "cheese", quantity: 10, unit: "g" },
    ]);
    expect(deriveAllergens(recipe, INDEX)).toEqual(["gluten", "dairy", "soy", "shellfish"]);
  });
  it("is empty for allergen-free ingredients", () => {
    expect(
      deriveAllergens(source([{ ingredientSlug: "garlic", quantity: 1, unit: "clove" }]), INDEX),
    ).toEqual([]);
  });
});

describe("buildCatalogueRecipe", () => {
  it("fills the derived fields and marks the source", () => {
    const built = buildCatalogueRecipe(
      source([
        { ingredientSlug: "egg", quantity: 2, unit: "piece" },
        { ingredientSlug: "cheese", quantity: 30, unit: "g" },
      ]),
      INDEX,
    );
    expect(built.diet).toBe("vegetarian");
    expect(built.allergens).toEqual(["dairy", "egg"]);
    expect(built.perServing).toEqual({ kcal: 263, proteinG: 20.1, carbsG: 1, fatG: 19.4 });
    expect(built.source).toBe("catalogue");
  });
});

describe("indexIngredients", () => {
  it("rejects duplicate slugs", () => {
    expect(() => indexIngredients([ingredient({ slug: "a" }), ingredient({ slug: "a" })])).toThrow(
      /duplicate/,
    );
  });
});
