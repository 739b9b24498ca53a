import { describe, expect, it } from "vitest";

import { SEED_CATALOGUE, SEED_INGREDIENTS } from "@/lib/catalogue/seed-catalogue";
import { ALLERGENS, AISLES, DIETS, MEAL_SLOTS, isDietCompatible } from "@/lib/catalogue/types";
import type { Allergen, Diet, Ingredient, MealSlot } from "@/lib/catalogue/types";
import { COUNT_UNITS, MASS_UNITS, VOLUME_UNITS, toGrams } from "@/lib/units";

const BY_SLUG = new Map<string, Ingredient>(
  SEED_INGREDIENTS.map((ingredient) => [ingredient.slug, ingredient]),
);
const KNOWN_UNITS = new Set<string>([
  ...Object.keys(MASS_UNITS),
  ...Object.keys(VOLUME_UNITS),
  ...COUNT_UNITS,
]);

/** Per-serving kcal a real meal in each slot should land in. */
const KCAL_RANGE: Record<MealSlot, readonly [number, number]> = {
  breakfast: [250, 650],
  lunch: [350, 800],
  dinner: [400, 900],
  snack: [100, 350],
};

const bySlot = (slot: MealSlot) => SEED_CATALOGUE.filter((recipe) => recipe.slots.includes(slot));
const byDiet = (diet: Diet) => SEED_CATALOGUE.filter((recipe) => recipe.diet === diet);
const free = (recipe: (typeof SEED_CATALOGUE)[number], allergens: readonly Allergen[]) =>
  !recipe.allergens.some((allergen) => allergens.includes(allergen));

describe("seed ingredient table", () => {
  it("has a realistic number of foods with unique kebab-case slugs", () => {
    expect(SEED_INGREDIENTS.length).toBeGreaterThanOrEqual(150);
    expect(new Set(SEED_INGREDIENTS.map((i) => i.slug)).size).toBe(SEED_INGREDIENTS.length);
    for (const i of SEED_INGREDIENTS) expect(i.slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  });

  it("has plausible per-100 g values, valid aisle/diet/allergens", () => {
    for (const i of SEED_INGREDIENTS) {
      const { kcal, proteinG, carbsG, fatG } = i.per100g;
      for (const value of [kcal, proteinG, carbsG, fatG]) expect(value).toBeGreaterThanOrEqual(0);
      expect(kcal, i.slug).toBeLessThanOrEqual(900);
      expect(proteinG + carbsG + fatG, i.slug).toBeLessThanOrEqual(100.5);
      expect(AISLES, i.slug).toContain(i.aisle);
      expect(DIETS, i.slug).toContain(i.diet);
      for (const allergen of i.allergens) expect(ALLERGENS, i.slug).toContain(allergen);
      if (i.densityGPerMl != null) expect(i.densityGPerMl).toBeGreaterThan(0.1);
    }
  });

  it("classifies foods by their own diet class", () => {
    const diet = (slug: string) => BY_SLUG.get(slug)?.diet;
    expect(diet("chicken-breast")).toBe("omnivore");
    expect(diet("salmon-fillet")).toBe("pescatarian");
    expect(diet("prawns")).toBe("pescatarian");
    expect(diet("milk")).toBe("vegetarian");
    expect(diet("egg")).toBe("vegetarian");
    expect(diet("honey")).toBe("vegetarian");
    expect(diet("firm-tofu")).toBe("vegan");
    for (const i of SEED_INGREDIENTS) {
      if (i.aisle === "meat") expect(i.diet, i.slug).toBe("omnivore");
      if (i.aisle === "seafood") expect(i.diet, i.slug).toBe("pescatarian");
    }
  });

  it("marks salt, pepper, oils, vinegars and dried spices as pantry staples", () => {
    for (const slug of [
      "salt",
      "black-pepper",
      "olive-oil",
      "vegetable-oil",
      "red-wine-vinegar",
      "ground-cumin",
      "dried-oregano",
    ]) {
      expect(BY_SLUG.get(slug)?.isPantryStaple, slug).toBe(true);
    }
    for (const i of SEED_INGREDIENTS)
      if (i.aisle === "oils-vinegars") expect(i.isPantryStaple, i.slug).toBe(true);
    expect(BY_SLUG.get("chicken-breast")?.isPantryStaple).toBeFalsy();
  });
});

describe("SEED_CATALOGUE", () => {
  it("has at least 300 recipes with unique kebab-case ids and real names", () => {
    expect(SEED_CATALOGUE.length).toBeGreaterThanOrEqual(300);
    expect(new Set(SEED_CATALOGUE.map((r) => r.id)).size).toBe(SEED_CATALOGUE.length);
    expect(new Set(SEED_CATALOGUE.map((r) => r.name.toLowerCase())).size).toBe(SEED_CATALOGUE.length);
    for (const r of SEED_CATALOGUE) {
      expect(r.id).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
      expect(r.name).not.toMatch(/recipe \d+/i);
      expect(r.source).toBe("catalogue");
    }
  });

  it("meets the per-slot minimums", () => {
    expect(bySlot("breakfast").length).toBeGreaterThanOrEqual(70);
    expect(bySlot("lunch").length).toBeGreaterThanOrEqual(90);
    expect(bySlot("dinner").length).toBeGreaterThanOrEqual(110);
    expect(bySlot("snack").length).toBeGreaterThanOrEqual(50);
  });

  it("meets the per-diet minimums", () => {
    expect(byDiet("vegan").length).toBeGreaterThanOrEqual(70);
    expect(byDiet("vegetarian").length).toBeGreaterThanOrEqual(70);
    expect(byDiet("pescatarian").length).toBeGreaterThanOrEqual(50);
    expect(byDiet("omnivore").length).toBeGreaterThanOrEqual(70);
  });

  it("has well-formed recipes: slots, times, servings 1–6, lines and steps", () => {
    for (const r of SEED_CATALOGUE) {
      expect(r.slots.length, r.id).toBeGreaterThan(0);
      expect(new Set(r.slots).size, r.id).toBe(r.slots.length);
      for (const slot of r.slots) expect(MEAL_SLOTS, r.id).toContain(slot);
      expect(Number.isInteger(r.servings) && r.servings >= 1 && r.servings <= 6, r.id).toBe(true);
      expect(r.prepMinutes + r.cookMinutes, r.id).toBeGreaterThan(0);
      expect(r.ingredients.filter((line) => line.quantity !== null).length, r.id).toBeGreaterThanOrEqual(2);
      expect(r.steps?.length ?? 0, r.id).toBeGreaterThanOrEqual(1);
      for (const line of r.ingredients) {
        expect(KNOWN_UNITS.has(line.unit), `${r.id}: ${line.unit}`).toBe(true);
        if (line.quantity !== null)
          expect(line.quantity, `${r.id}: ${line.ingredientSlug}`).toBeGreaterThan(0);
      }
    }
  });

  it("references only ingredients that exist in the table", () => {
    for (const r of SEED_CATALOGUE) {
      for (const line of r.ingredients)
        expect(BY_SLUG.has(line.ingredientSlug), `${r.id}: ${line.ingredientSlug}`).toBe(true);
    }
  });

  it("has perServing equal to an independent sum over its ingredient lines", () => {
    for (const r of SEED_CATALOGUE) {
      let kcal = 0;
      let protein = 0;
      let carbs = 0;
      let fat = 0;
      for (const line of r.ingredients) {
        if (line.quantity === null) continue;
        const food = BY_SLUG.get(line.ingredientSlug);
        if (!food) throw new Error(`${r.id}: unknown ${line.ingredientSlug}`);
        const grams = toGrams(line.quantity, line.unit, food);
        if (grams === null)
          throw new Error(`${r.id}: cannot convert ${line.quantity} ${line.unit} ${food.slug}`);
        kcal += (grams / 100) * food.per100g.kcal;
        protein += (grams / 100) * food.per100g.proteinG;
        carbs += (grams / 100) * food.per100g.carbsG;
        fat += (grams / 100) * food.per100g.fatG;
      }
      const s = r.servings;
      expect(Math.abs(r.perServing.kcal - kcal / s), r.id).toBeLessThanOrEqual(0.5 + 1e-9);
      expect(Math.abs(r.perServing.proteinG - protein / s), r.id).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(r.perServing.carbsG - carbs / s), r.id).toBeLessThanOrEqual(0.05 + 1e-9);
      expect(Math.abs(r.perServing.fatG - fat / s), r.id).toBeLessThanOrEqual(0.05 + 1e-9);
    }
  });

  it("has diet and allergens matching derivation from the ingredients", () => {
    for (const r of SEED_CATALOGUE) {
      const foods = r.ingredients.map((line) => BY_SLUG.get(line.ingredientSlug));
      const rank = Math.max(0, ...foods.map((food) => (food ? DIETS.indexOf(food.diet) : 0)));
      expect(r.diet, r.id).toBe(DIETS[rank]);
      const union = new Set(foods.flatMap((food) => food?.allergens ?? []));
      expect([...r.allergens].sort(), r.id).toEqual([...union].sort());
    }
  });

  it("keeps per-serving kcal within the range of every slot the recipe lists", () => {
    for (const r of SEED_CATALOGUE) {
      for (const slot of r.slots) {
        const [min, max] = KCAL_RANGE[slot];
        expect(r.perServing.kcal, `${r.id} (${slot})`).toBeGreaterThanOrEqual(min);
        expect(r.perServing.kcal, `${r.id} (${slot})`).toBeLessThanOrEqual(max);
      }
    }
  });

  it("contains every allergen somewhere", () => {
    for (const allergen of ALLERGENS) {
      expect(
        SEED_CATALOGUE.some((r) => r.allergens.includes(allergen)),
        allergen,
      ).toBe(true);
    }
  });

  it("has at least 25 vegan gluten-free recipes, including breakfasts", () => {
    const veganGlutenFree = byDiet("vegan").filter((r) => free(r, ["gluten"]));
    expect(veganGlutenFree.length).toBeGreaterThanOrEqual(25);
    expect(veganGlutenFree.filter((r) => r.slots.includes("breakfast")).length).toBeGreaterThanOrEqual(7);
  });

  it("offers a week of choices per slot for every diet and common allergen exclusion", () => {
    const exclusions: Allergen[][] = [
      [],
      ["gluten"],
      ["dairy"],
      ["nuts", "peanuts"],
      ["soy"],
      ["egg"],
      ["gluten", "dairy"],
      ["gluten", "soy"],
      ["gluten", "dairy", "nuts", "peanuts", "soy", "egg"],
    ];
    for (const personDiet of DIETS) {
      for (const excluded of exclusions) {
        for (const slot of MEAL_SLOTS) {
          const options = bySlot(slot).filter(
            (r) => isDietCompatible(r.diet, personDiet) && free(r, excluded),
          );
          expect(
            options.length,
            `${personDiet} / ${slot} / free of ${excluded.join(",") || "nothing"}`,
          ).toBeGreaterThanOrEqual(7);
        }
      }
    }
  });

  it("includes high-protein and lower-carb options in the main slots", () => {
    const share = (grams: number, perGram: number, kcal: number) => (grams * perGram) / kcal;
    for (const slot of ["breakfast", "lunch", "dinner"] as const) {
      const recipes = bySlot(slot);
      expect(
        recipes.filter((r) => share(r.perServing.proteinG, 4, r.perServing.kcal) >= 0.3).length,
        slot,
      ).toBeGreaterThanOrEqual(5);
      expect(recipes.filter((r) => r.perServing.carbsG <= 25).length, slot).toBeGreaterThanOrEqual(5);
    }
  });
});
