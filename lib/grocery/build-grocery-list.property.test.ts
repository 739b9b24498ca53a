import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { type CatalogueRecipe, type Ingredient, MEAL_SLOTS } from "@/lib/catalogue/types";
import {
  COUNT_UNITS,
  MASS_UNITS,
  type Unit,
  VOLUME_UNITS,
  toBaseAmount,
  toGrams,
  unitKind,
} from "@/lib/units";
import { buildGroceryList } from "./build-grocery-list";
import { dish, food, line } from "./test-fixtures";
import type { GroceryLine, GroceryList, MealToShopFor } from "./types";

const UNITS = [...Object.keys(MASS_UNITS), ...Object.keys(VOLUME_UNITS), ...COUNT_UNITS] as Unit[];
const SLUGS = ["apple", "bean", "corn", "dill"] as const;

const recipeArb = (id: string) =>
  fc
    .record({
      servings: fc.integer({ min: 1, max: 6 }),
      lines: fc.array(
        fc.record({
          slug: fc.constantFrom(...SLUGS),
          quantity: fc.option(
            fc.integer({ min: 1, max: 2000 }).map((n) => n / 4),
            { freq: 5 },
          ),
          unit: fc.constantFrom(...UNITS),
        }),
        { minLength: 1, maxLength: 6 },
      ),
    })
    .map(({ servings, lines }) =>
      dish(
        id,
        lines.map((l) => line(l.slug, l.quantity, l.unit)),
        { servings },
      ),
    );

/** Cooking meals plus leftover meals that point at an earlier cooking meal of the same recipe. */
const weekArb = fc
  .record({
    householdSize: fc.integer({ min: 1, max: 12 }).map((n) => n / 2),
    recipes: fc.tuple(recipeArb("r0"), recipeArb("r1"), recipeArb("r2")),
    // One cooking per recipe and slot, so a leftover's source is unambiguous.
    cooked: fc.uniqueArray(
      fc.record({
        day: fc.integer({ min: 0, max: 5 }),
        slot: fc.constantFrom(...MEAL_SLOTS),
        recipe: fc.integer({ min: 0, max: 2 }),
        portions: fc.integer({ min: 0, max: 6 }).map((n) => n / 2),
        leftoverPortions: fc.integer({ min: 0, max: 4 }).map((n) => n / 2),
        leftoverEaten: fc.boolean(),
      }),
      { maxLength: 10, selector: (c) => `${c.day}:${c.slot}:${c.recipe}` },
    ),
  })
  .map(({ householdSize, recipes, cooked }) => {
    const meals: MealToShopFor[] = [];
    for (const c of cooked) {
      const recipeId = `r${c.recipe}`;
      meals.push({
        day: c.day,
        slot: c.slot,
        recipeId,
        portions: c.portions,
        leftoverPortions: c.leftoverPortions,
      });
      if (c.leftoverEaten && c.leftoverPortions > 0) {
        meals.push({
          day: c.day + 1,
          slot: "lunch",
          recipeId,
          portions: c.leftoverPortions,
          leftoverOf: { day: c.day, slot: c.slot },
        });
      }
    }
    return { householdSize, recipes: recipes as CatalogueRecipe[], meals };
  });

/** The reference model: each quantified recipe line × (portions + leftover portions) × household / servings. */
function expectedUses(week: { householdSize: number; recipes: CatalogueRecipe[]; meals: MealToShopFor[] }) {
  const uses: { slug: string; quantity: number; unit: Unit }[] = [];
  for (const meal of week.meals) {
    if (meal.leftoverOf) continue;
    const recipe = week.recipes.find((r) => r.id === meal.recipeId)!;
    if (meal.portions + (meal.leftoverPortions ?? 0) === 0) continue;
    const scale = ((meal.portions + (meal.leftoverPortions ?? 0)) * week.householdSize) / recipe.servings;
    for (const l of recipe.ingredients) {
      if (l.quantity !== null)
        uses.push({ slug: l.ingredientSlug, quantity: l.quantity * scale, unit: l.unit });
    }
  }
  return uses;
}

function allLines(list: GroceryList): GroceryLine[] {
  return [...list.sections.flatMap((s) => s.lines), ...list.pantry];
}

function expectClose(actual: number, expected: number) {
  expect(Math.abs(actual - expected)).toBeLessThanOrEqual(1e-9 * Math.max(1, Math.abs(expected)));
}

describe("buildGroceryList properties", () => {
  it("without physics, each exact total equals the sum of the uses in that base unit", () => {
    const foods: Ingredient[] = SLUGS.map((slug) => food(slug));
    fc.assert(
      fc.property(weekArb, (week) => {
        const list = buildGroceryList(week, { recipes: week.recipes, ingredients: foods });
        const expected = new Map<string, number>();
        for (const use of expectedUses(week)) {
          const kind = unitKind(use.unit);
          const base = kind === "mass" ? "g" : kind === "volume" ? "ml" : use.unit;
          const key = `${use.slug}:${base}`;
          expected.set(key, (expected.get(key) ?? 0) + toBaseAmount(use.quantity, use.unit));
        }
        const quantified = allLines(list).filter((l) => l.amount !== null);
        expect(quantified.map((l) => l.key).sort()).toEqual([...expected.keys()].sort());
        for (const l of quantified) expectClose(l.amount!.exact, expected.get(l.key)!);
        expect(list.issues).toEqual([]);
      }),
    );
  });

  it("with full physics, every food is one line whose total in grams equals the sum of the uses", () => {
    const foods: Ingredient[] = SLUGS.map((slug, i) =>
      food(slug, {
        aisle: i % 2 === 0 ? "produce" : "beverages",
        densityGPerMl: 0.5 + i * 0.3,
        gramsPerCount: Object.fromEntries(COUNT_UNITS.map((unit, j) => [unit, 10 + i * 7 + j * 13])),
      }),
    );
    const physics = new Map(foods.map((f) => [f.slug, f]));
    fc.assert(
      fc.property(weekArb, (week) => {
        const list = buildGroceryList(week, { recipes: week.recipes, ingredients: foods });
        const expected = new Map<string, number>();
        for (const use of expectedUses(week)) {
          const grams = toGrams(use.quantity, use.unit, physics.get(use.slug))!;
          expected.set(use.slug, (expected.get(use.slug) ?? 0) + grams);
        }
        const quantified = allLines(list).filter((l) => l.amount !== null);
        expect(quantified.map((l) => l.ingredientSlug).sort()).toEqual([...expected.keys()].sort());
        for (const l of quantified) {
          const amount = l.amount!;
          const grams = toGrams(amount.exact, amount.exactUnit, physics.get(l.ingredientSlug))!;
          expectClose(grams, expected.get(l.ingredientSlug)!);
        }
      }),
    );
  });

  it("each line's exact amount is the sum of its uses and the purchase never falls short", () => {
    const foods: Ingredient[] = SLUGS.map((slug, i) =>
      food(slug, {
        aisle: "produce",
        densityGPerMl: i % 2 ? 1 : null,
        gramsPerCount: i < 2 ? { piece: 80 } : null,
      }),
    );
    fc.assert(
      fc.property(weekArb, (week) => {
        for (const l of allLines(buildGroceryList(week, { recipes: week.recipes, ingredients: foods }))) {
          if (l.amount === null) {
            expect(l.uses.every((use) => use.quantity === null)).toBe(true);
            continue;
          }
          const sum = l.uses.reduce((total, use) => total + (use.amount ?? 0), 0);
          expectClose(l.amount.exact, sum);
          const purchasedBase = toBaseAmount(l.amount.purchase, l.amount.purchaseUnit);
          expect(purchasedBase).toBeGreaterThanOrEqual(l.amount.exact - 1e-6);
        }
      }),
    );
  });
});
