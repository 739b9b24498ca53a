import { describe, expect, it } from "vitest";
import { AISLES } from "@/lib/catalogue/types";
import { buildGroceryList } from "./build-grocery-list";
import { ALL_FOODS, dish, line } from "./test-fixtures";
import type { CatalogueSnapshot, GroceryLine, GroceryList, MealToShopFor } from "./types";

const dinner = (day: number, recipeId: string, extra: Partial<MealToShopFor> = {}): MealToShopFor => ({
  day,
  slot: "dinner",
  recipeId,
  portions: 1,
  ...extra,
});

function linesOf(list: GroceryList, slug: string): GroceryLine[] {
  return [...list.sections.flatMap((section) => section.lines), ...list.pantry].filter(
    (l) => l.ingredientSlug === slug,
  );
}

function only(list: GroceryList, slug: string): GroceryLine {
  const lines = linesOf(list, slug);
  expect(lines).toHaveLength(1);
  return lines[0]!;
}

/** Recipes serve 2; a household of 2 eating 1 portion each cooks exactly one recipe batch. */
function shop(recipes: CatalogueSnapshot["recipes"], meals: MealToShopFor[], householdSize = 2) {
  return buildGroceryList({ householdSize, meals }, { recipes, ingredients: ALL_FOODS });
}

describe("buildGroceryList: unit normalisation", () => {
  it("merges cups and grams of the same food through its density, in grams for solids", () => {
    const list = shop(
      [dish("pilaf", [line("basmati-rice", 1, "cup")]), dish("bowl", [line("basmati-rice", 100, "g")])],
      [dinner(0, "pilaf"), dinner(1, "bowl")],
    );
    const rice = only(list, "basmati-rice");
    // 1 cup = 240 ml × 0.8 g/ml = 192 g
    expect(rice.amount?.exactUnit).toBe("g");
    expect(rice.amount?.exact).toBeCloseTo(292);
    expect(rice.amount).toMatchObject({ purchase: 300, purchaseUnit: "g" });
    expect(rice.flags).toEqual([]);
    expect(rice.uses.map((use) => [use.recipeId, use.amount])).toEqual([
      ["pilaf", expect.closeTo(192)],
      ["bowl", 100],
    ]);
  });

  it("merges into millilitres for liquids", () => {
    const list = shop(
      [dish("porridge", [line("whole-milk", 1, "cup")]), dish("sauce", [line("whole-milk", 103, "g")])],
      [dinner(0, "porridge"), dinner(1, "sauce")],
    );
    const milk = only(list, "whole-milk");
    expect(milk.amount).toMatchObject({ exactUnit: "ml", purchase: 340, purchaseUnit: "ml" });
    expect(milk.amount?.exact).toBeCloseTo(340);
  });

  it("uses one convention for spoons and cups (1 tbsp = 15 ml, 1 cup = 240 ml)", () => {
    const list = shop(
      [dish("cake", [line("flour", 2, "tbsp"), line("flour", 0.5, "cup"), line("flour", 1, "oz")])],
      [dinner(0, "cake")],
    );
    // (30 + 120) ml × 0.5 g/ml + 28.35 g
    expect(only(list, "flour").amount?.exact).toBeCloseTo(75 + 28.349523125);
  });

  it("keeps amounts apart and flags them when no density is known", () => {
    const list = shop(
      [dish("dal", [line("red-lentils", 1, "cup")]), dish("soup", [line("red-lentils", 100, "g")])],
      [dinner(0, "dal"), dinner(1, "soup")],
    );
    const lentils = linesOf(list, "red-lentils");
    expect(lentils.map((l) => [l.amount?.exact, l.amount?.exactUnit])).toEqual([
      [100, "g"],
      [240, "ml"],
    ]);
    for (const l of lentils) {
      expect(l.flags).toContain("unmerged-units");
      expect(l.note).toBe("Red lentils: 100 g and 240 ml are listed separately (no density known).");
    }
    expect(lentils[0]!.uses.map((use) => use.recipeId)).toEqual(["soup"]);
    expect(lentils[1]!.uses.map((use) => use.recipeId)).toEqual(["dal"]);
  });

  it("keeps pieces and grams apart when no piece weight is known", () => {
    const list = shop(
      [dish("omelette", [line("egg", 2, "piece")]), dish("cake", [line("egg", 100, "g")])],
      [dinner(0, "omelette"), dinner(1, "cake")],
    );
    const eggs = linesOf(list, "egg");
    expect(eggs.map((l) => l.key)).toEqual(["egg:piece", "egg:g"]);
    expect(eggs.map((l) => l.amount?.purchase)).toEqual([2, 100]);
    expect(eggs.every((l) => l.flags.includes("unmerged-units"))).toBe(true);
    expect(eggs[0]!.note).toContain("no weight per piece known");
  });
});

describe("buildGroceryList: count units", () => {
  it("buys counted foods by the piece, converting grams through the piece weight", () => {
    const list = shop(
      [dish("stew", [line("onion", 1, "piece")]), dish("curry", [line("onion", 300, "g")])],
      [dinner(0, "stew"), dinner(1, "curry")],
    );
    expect(only(list, "onion").amount).toEqual({
      exact: 3,
      exactUnit: "piece",
      purchase: 3,
      purchaseUnit: "piece",
    });
  });

  it("rounds produce with a piece weight up to whole pieces even when recipes give grams", () => {
    const list = shop([dish("salad", [line("carrot", 100, "g")])], [dinner(0, "salad")]);
    const carrot = only(list, "carrot");
    expect(carrot.amount?.exact).toBeCloseTo(100 / 60);
    expect(carrot.amount).toMatchObject({ purchase: 2, purchaseUnit: "piece" });
  });

  it("totals cloves and cans, and buys whole cans", () => {
    const list = shop(
      [
        dish("chili", [line("garlic", 3, "clove"), line("chopped-tomatoes", 1, "can")]),
        dish("pasta", [line("garlic", 2, "clove"), line("chopped-tomatoes", 200, "g")]),
      ],
      [dinner(0, "chili"), dinner(1, "pasta")],
    );
    expect(only(list, "garlic").amount).toMatchObject({ exact: 5, purchase: 5, purchaseUnit: "clove" });
    expect(only(list, "chopped-tomatoes").amount).toMatchObject({
      exact: 1.5,
      purchase: 2,
      purchaseUnit: "can",
    });
  });
});

describe("buildGroceryList: to taste and pantry", () => {
  const recipes = [
    dish("soup", [line("salt", null, "g"), line("parsley", null, "g"), line("olive-oil", 2, "tbsp")]),
    dish("tabbouleh", [line("parsley", 20, "g"), line("black-pepper", null, "g")]),
  ];

  it("lists staples and to-taste-only foods apart, without amounts for to taste", () => {
    const list = shop(recipes, [dinner(0, "soup"), dinner(1, "tabbouleh")]);
    expect(list.pantry.map((l) => [l.key, l.amount?.purchase ?? null, l.flags])).toEqual([
      ["black-pepper:to-taste", null, ["to-taste"]],
      ["salt:to-taste", null, ["to-taste"]],
      ["olive-oil:ml", 30, []],
    ]);
    expect(list.pantry.map((l) => l.aisle)).toEqual([
      "spices-condiments",
      "spices-condiments",
      "oils-vinegars",
    ]);
  });

  it("attaches to-taste uses to a food that is also bought by amount", () => {
    const list = shop(recipes, [dinner(0, "soup"), dinner(1, "tabbouleh")]);
    const parsley = only(list, "parsley");
    expect(list.sections.find((s) => s.aisle === "produce")?.lines).toContain(parsley);
    expect(parsley.amount?.purchase).toBe(20);
    expect(parsley.flags).toEqual(["also-to-taste"]);
    expect(parsley.uses.map((use) => [use.recipeId, use.quantity, use.amount])).toEqual([
      ["soup", null, null],
      ["tabbouleh", 20, 20],
    ]);
  });

  it("puts a to-taste-only non-staple in the pantry section", () => {
    const list = shop(recipes, [dinner(0, "soup")]);
    expect(only(list, "parsley")).toMatchObject({ amount: null, flags: ["to-taste"] });
    expect(list.pantry.map((l) => l.ingredientSlug)).toContain("parsley");
  });
});

describe("buildGroceryList: portions, household and leftovers", () => {
  const recipes = [dish("chili", [line("basmati-rice", 150, "g"), line("onion", 1, "piece")])];

  it("scales by portions / servings and by household size", () => {
    const single = shop(recipes, [dinner(0, "chili")], 1);
    const family = shop(recipes, [dinner(0, "chili", { portions: 1.5 })], 4);
    expect(only(single, "basmati-rice").amount?.exact).toBe(75);
    expect(only(family, "basmati-rice").amount?.exact).toBe(450);
    expect(only(family, "onion").amount?.exact).toBe(3);
  });

  it("buys a leftover batch once, on the cooking meal", () => {
    const withLeftover = shop(recipes, [
      dinner(0, "chili", { leftoverPortions: 1 }),
      { day: 1, slot: "lunch", recipeId: "chili", portions: 1, leftoverOf: { day: 0, slot: "dinner" } },
    ]);
    const rice = only(withLeftover, "basmati-rice");
    expect(rice.amount?.exact).toBe(300);
    expect(rice.uses).toHaveLength(1);
    expect(rice.uses[0]).toMatchObject({
      meal: { day: 0, slot: "dinner" },
      leftoverMeals: [{ day: 1, slot: "lunch" }],
    });
    expect(rice.days).toEqual([0, 1]);
    expect(withLeftover.issues).toEqual([]);

    const cookedTwice = shop(recipes, [
      dinner(0, "chili"),
      { day: 1, slot: "lunch", recipeId: "chili", portions: 1 },
    ]);
    expect(only(cookedTwice, "basmati-rice").amount?.exact).toBe(300);
    expect(only(cookedTwice, "basmati-rice").uses).toHaveLength(2);
  });

  it("follows chains of leftovers to the cooking meal", () => {
    const list = shop(recipes, [
      dinner(0, "chili", { leftoverPortions: 2 }),
      { day: 1, slot: "lunch", recipeId: "chili", portions: 1, leftoverOf: { day: 0, slot: "dinner" } },
      { day: 2, slot: "lunch", recipeId: "chili", portions: 1, leftoverOf: { day: 1, slot: "lunch" } },
    ]);
    expect(only(list, "basmati-rice").amount?.exact).toBe(450);
    expect(only(list, "basmati-rice").days).toEqual([0, 1, 2]);
    expect(list.issues).toEqual([]);
  });

  it("reports leftovers that were not cooked extra, and buys orphaned leftovers where eaten", () => {
    const list = shop(recipes, [
      dinner(0, "chili"),
      { day: 1, slot: "lunch", recipeId: "chili", portions: 1, leftoverOf: { day: 0, slot: "dinner" } },
      { day: 3, slot: "lunch", recipeId: "chili", portions: 1, leftoverOf: { day: 2, slot: "dinner" } },
    ]);
    expect(list.issues).toEqual([
      {
        kind: "leftover-shortfall",
        meal: { day: 0, slot: "dinner" },
        recipeId: "chili",
        extraPortions: 0,
        portionsEatenLater: 1,
      },
      {
        kind: "orphan-leftover",
        meal: { day: 3, slot: "lunch" },
        recipeId: "chili",
        leftoverOf: { day: 2, slot: "dinner" },
      },
    ]);
    // day 0 dinner (2 portions) + orphan on day 3 (2 portions); day 1 adds nothing
    expect(only(list, "basmati-rice").amount?.exact).toBe(300);
  });

  it("reports unknown recipes and ingredients without dropping the rest", () => {
    const list = shop(
      [dish("mystery", [line("unobtainium", 1, "piece"), line("onion", 1, "piece")])],
      [dinner(0, "mystery"), dinner(1, "ghost")],
    );
    expect(list.issues).toEqual([
      { kind: "unknown-ingredient", ingredientSlug: "unobtainium", recipeId: "mystery" },
      { kind: "unknown-recipe", meal: { day: 1, slot: "dinner" }, recipeId: "ghost" },
    ]);
    expect(only(list, "unobtainium")).toMatchObject({ aisle: "other", flags: ["unknown-ingredient"] });
  });

  it("buys nothing for a meal with no portions", () => {
    const list = shop(recipes, [dinner(0, "chili", { portions: 0 })]);
    expect(list.sections).toEqual([]);
    expect(list.pantry).toEqual([]);
  });

  it("rejects an invalid household size", () => {
    expect(() => shop(recipes, [dinner(0, "chili")], 0)).toThrow(RangeError);
  });
});

describe("buildGroceryList: layout", () => {
  const recipes = [
    dish("roast", [
      line("chicken-thigh", 500, "g"),
      line("onion", 2, "piece"),
      line("whole-milk", 100, "ml"),
      line("basmati-rice", 200, "g"),
      line("carrot", 2, "piece"),
      line("salt", 1, "tsp"),
    ]),
  ];
  const meals = [dinner(0, "roast"), dinner(3, "roast")];

  it("groups lines by aisle in the fixed aisle order, names sorted within an aisle", () => {
    const list = shop(recipes, meals);
    expect(list.sections.map((s) => s.aisle)).toEqual(["produce", "meat", "dairy-eggs", "grains-pasta"]);
    const ranks = list.sections.map((s) => AISLES.indexOf(s.aisle));
    expect(ranks).toEqual([...ranks].sort((a, b) => a - b));
    expect(list.sections[0]!.lines.map((l) => l.name)).toEqual(["Carrot", "Onion"]);
    expect(list.pantry.map((l) => l.key)).toEqual(["salt:ml"]);
  });

  it("records which recipes and days use each line", () => {
    const chicken = only(shop(recipes, meals), "chicken-thigh");
    expect(chicken.recipes).toEqual([{ id: "roast", name: "Roast" }]);
    expect(chicken.days).toEqual([0, 3]);
    expect(chicken.uses.map((use) => use.meal.day)).toEqual([0, 3]);
    expect(chicken.amount).toMatchObject({ exact: 1000, purchase: 1, purchaseUnit: "kg" });
  });

  it("does not depend on the order of the meals", () => {
    expect(shop(recipes, [...meals].reverse())).toEqual(shop(recipes, meals));
  });
});
