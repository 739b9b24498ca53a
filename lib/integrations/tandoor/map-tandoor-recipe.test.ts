import { describe, expect, it } from "vitest";
import { SEED_INGREDIENTS } from "@/lib/catalogue/seed-catalogue";
import { indexForMatching, mapTandoorRecipe } from "@/lib/integrations/tandoor/map-tandoor-recipe";
import type { TandoorRecipe } from "@/lib/integrations/tandoor/tandoor-schemas";

const INDEX = indexForMatching(SEED_INGREDIENTS);

function recipe(overrides: Partial<TandoorRecipe> = {}): TandoorRecipe {
  return {
    id: 9,
    name: "Omelette",
    servings: 2,
    working_time: 5,
    waiting_time: 10,
    updated_at: "2026-11-01T00:00:00Z",
    keywords: [{ name: "Breakfast" }, { name: "quick" }],
    steps: [
      {
        instruction: "Whisk and cook.",
        ingredients: [
          { food: null, unit: null, amount: 0, note: null, is_header: true, no_amount: true },
          {
            food: { name: "Egg" },
            unit: { name: "piece" },
            amount: 4,
            note: "",
            is_header: false,
            no_amount: false,
          },
          { food: { name: "salt" }, unit: null, amount: 0, note: "", is_header: false, no_amount: true },
        ],
      },
    ],
    nutrition: null,
    properties: [],
    food_properties: null,
    ...overrides,
  };
}

describe("mapping a Tandoor recipe", () => {
  it("takes nutrition first, then properties, then food_properties (whole recipe ÷ servings), then computes", () => {
    const fromNutrition = mapTandoorRecipe(
      recipe({ nutrition: { calories: 300, proteins: 20, carbohydrates: 2, fats: 22 } }),
      INDEX,
    );
    expect(fromNutrition).toMatchObject({
      ok: true,
      recipe: { nutritionSource: "nutrition", perServing: { kcal: 300 } },
    });

    const fromProperties = mapTandoorRecipe(
      recipe({
        properties: [
          { property_amount: 310, property_type: { name: "Energy" } },
          { property_amount: 21, property_type: { name: "Protein" } },
          { property_amount: 3, property_type: { name: "Carbohydrates" } },
          { property_amount: 23, property_type: { name: "Fat" } },
        ],
      }),
      INDEX,
    );
    expect(fromProperties).toMatchObject({
      ok: true,
      recipe: { nutritionSource: "properties", perServing: { kcal: 310 } },
    });

    const fromFoods = mapTandoorRecipe(
      recipe({
        food_properties: {
          "1": { name: "Calories", total_value: 640 },
          "2": { name: "Proteins", total_value: 40 },
          "3": { name: "Carbohydrates", total_value: 4 },
          "4": { name: "Fats", total_value: 44 },
        },
      }),
      INDEX,
    );
    expect(fromFoods).toMatchObject({
      ok: true,
      recipe: { nutritionSource: "food_properties", perServing: { kcal: 320 } },
    });

    const computed = mapTandoorRecipe(recipe(), INDEX);
    expect(computed).toMatchObject({
      ok: true,
      recipe: { nutritionSource: "computed", diet: "vegetarian", allergens: ["egg"], slots: ["breakfast"] },
    });
    if (computed.ok) {
      expect(computed.recipe.lines).toHaveLength(2);
      expect(computed.recipe.lines[1]).toMatchObject({ ingredientSlug: "salt", quantity: null });
      expect(computed.recipe.perServing.kcal).toBeGreaterThan(100);
    }
  });

  it("keeps a recipe out with the reason when an ingredient or unit is unknown", () => {
    const unknown = recipe();
    unknown.steps[0]?.ingredients.push({
      food: { name: "Unobtainium" },
      unit: { name: "g" },
      amount: 1,
      note: "",
      is_header: false,
      no_amount: false,
    });
    expect(mapTandoorRecipe(unknown, INDEX)).toEqual({
      ok: false,
      reason:
        'unknown ingredient "Unobtainium": not in the nutrition table, so diet and allergens cannot be derived',
    });
    const badUnit = recipe();
    const egg = badUnit.steps[0]?.ingredients[1];
    if (egg) egg.unit = { name: "dollop" };
    expect(mapTandoorRecipe(badUnit, INDEX)).toMatchObject({
      ok: false,
      reason: expect.stringContaining('unit "dollop"'),
    });
  });
});
