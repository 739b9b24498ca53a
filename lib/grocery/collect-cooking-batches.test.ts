import { describe, expect, it } from "vitest";
import { collectCookingBatches } from "./collect-cooking-batches";
import { dish, line } from "./test-fixtures";
import type { MealToShopFor } from "./types";

const recipes = new Map([["stew", dish("stew", [line("onion", 1, "piece")])]]);

describe("collectCookingBatches", () => {
  it("counts own and leftover portions per person, times the household", () => {
    const meals: MealToShopFor[] = [
      { day: 0, slot: "dinner", recipeId: "stew", portions: 1.5, leftoverPortions: 1 },
      { day: 2, slot: "lunch", recipeId: "stew", portions: 1, leftoverOf: { day: 0, slot: "dinner" } },
    ];
    const { batches, issues } = collectCookingBatches({ householdSize: 3, meals }, recipes);
    expect(issues).toEqual([]);
    expect(batches).toHaveLength(1);
    expect(batches[0]).toMatchObject({
      meal: { day: 0, slot: "dinner" },
      ownPortions: 1.5,
      extraPortions: 1,
      totalPortions: 7.5,
      leftoverMeals: [{ day: 2, slot: "lunch" }],
    });
  });

  it("does not let a leftover point at itself or at a later meal", () => {
    const meals: MealToShopFor[] = [
      { day: 1, slot: "lunch", recipeId: "stew", portions: 1, leftoverOf: { day: 1, slot: "lunch" } },
      { day: 2, slot: "lunch", recipeId: "stew", portions: 1, leftoverPortions: 1 },
      { day: 1, slot: "dinner", recipeId: "stew", portions: 1, leftoverOf: { day: 2, slot: "lunch" } },
    ];
    const { batches, issues } = collectCookingBatches({ householdSize: 1, meals }, recipes);
    expect(issues.map((issue) => issue.kind)).toEqual(["orphan-leftover", "orphan-leftover"]);
    expect(batches.map((batch) => [batch.meal.day, batch.meal.slot, batch.totalPortions])).toEqual([
      [1, "lunch", 1],
      [1, "dinner", 1],
      [2, "lunch", 2],
    ]);
  });

  it("rejects days outside 0–6 and negative portions", () => {
    const bad = (meal: MealToShopFor) => () =>
      collectCookingBatches({ householdSize: 1, meals: [meal] }, recipes);
    expect(bad({ day: 7, slot: "dinner", recipeId: "stew", portions: 1 })).toThrow(RangeError);
    expect(bad({ day: 0, slot: "dinner", recipeId: "stew", portions: -1 })).toThrow(RangeError);
  });
});
