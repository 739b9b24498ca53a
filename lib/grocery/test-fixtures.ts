/** Small builders for tests of the grocery list and the prep plan; not part of the public API. */
import type { CatalogueRecipe, Ingredient, RecipeIngredientLine } from "@/lib/catalogue/types";
import type { Unit } from "@/lib/units";

export function food(slug: string, overrides: Partial<Ingredient> = {}): Ingredient {
  return {
    slug,
    name: slug
      .split("-")
      .map((word, i) => (i === 0 ? word.charAt(0).toUpperCase() + word.slice(1) : word))
      .join(" "),
    aisle: "other",
    per100g: { kcal: 100, proteinG: 1, carbsG: 1, fatG: 1 },
    diet: "vegan",
    allergens: [],
    ...overrides,
  };
}

export function line(ingredientSlug: string, quantity: number | null, unit: Unit): RecipeIngredientLine {
  return { ingredientSlug, quantity, unit };
}

export function dish(
  id: string,
  ingredients: RecipeIngredientLine[],
  overrides: Partial<CatalogueRecipe> = {},
): CatalogueRecipe {
  return {
    id,
    name: id
      .split("-")
      .map((word) => word.charAt(0).toUpperCase() + word.slice(1))
      .join(" "),
    slots: ["lunch", "dinner"],
    diet: "vegan",
    allergens: [],
    prepMinutes: 15,
    cookMinutes: 30,
    servings: 2,
    perServing: { kcal: 500, proteinG: 20, carbsG: 60, fatG: 15 },
    ingredients,
    ...overrides,
  };
}

export const FOODS = {
  rice: food("basmati-rice", { aisle: "grains-pasta", densityGPerMl: 0.8 }),
  onion: food("onion", { aisle: "produce", gramsPerCount: { piece: 150 } }),
  garlic: food("garlic", { aisle: "produce", gramsPerCount: { clove: 5 } }),
  carrot: food("carrot", { aisle: "produce", gramsPerCount: { piece: 60 } }),
  egg: food("egg", { aisle: "dairy-eggs", diet: "vegetarian" }),
  milk: food("whole-milk", { aisle: "dairy-eggs", densityGPerMl: 1.03, diet: "vegetarian" }),
  flour: food("flour", { aisle: "baking", densityGPerMl: 0.5 }),
  tomatoes: food("chopped-tomatoes", { aisle: "canned-jarred", gramsPerCount: { can: 400 } }),
  chicken: food("chicken-thigh", { aisle: "meat", diet: "omnivore" }),
  salt: food("salt", { aisle: "spices-condiments", isPantryStaple: true }),
  oil: food("olive-oil", { aisle: "oils-vinegars", isPantryStaple: true, densityGPerMl: 0.92 }),
  pepper: food("black-pepper", { aisle: "spices-condiments", isPantryStaple: true }),
  parsley: food("parsley", { aisle: "produce" }),
  lentils: food("red-lentils", { aisle: "grains-pasta" }),
} satisfies Record<string, Ingredient>;

export const ALL_FOODS: Ingredient[] = Object.values(FOODS);
