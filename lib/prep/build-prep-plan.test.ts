import { describe, expect, it } from "vitest";
import type { CatalogueRecipe } from "@/lib/catalogue/types";
import type { MealToShopFor } from "@/lib/grocery";
import { ALL_FOODS, dish, line } from "@/lib/grocery/test-fixtures";
import { buildPrepPlan } from "./build-prep-plan";
import type { PrepOptions, PrepPlan, PrepTask } from "./types";

const RECIPES: CatalogueRecipe[] = [
  dish("chili", [line("onion", 1, "piece"), line("garlic", 2, "clove"), line("basmati-rice", 150, "g")]),
  dish("curry", [line("onion", 1, "piece"), line("basmati-rice", 150, "g"), line("chicken-thigh", 300, "g")]),
  dish("soup", [line("carrot", 2, "piece"), line("onion", 150, "g"), line("parsley", 10, "g")]),
  dish("grilled-chicken", [line("chicken-thigh", 250, "g"), line("salt", null, "g")], {
    steps: ["Marinate the chicken overnight in yogurt and spices.", "Grill for 12 minutes."],
  }),
];

const meal = (
  day: number,
  slot: MealToShopFor["slot"],
  recipeId: string,
  extra: Partial<MealToShopFor> = {},
) => ({
  day,
  slot,
  recipeId,
  portions: 1,
  ...extra,
});

const WEEK: MealToShopFor[] = [
  meal(0, "dinner", "chili", { leftoverPortions: 1 }),
  meal(1, "lunch", "chili", { leftoverOf: { day: 0, slot: "dinner" } }),
  meal(1, "dinner", "curry"),
  meal(2, "dinner", "soup"),
  meal(3, "dinner", "grilled-chicken"),
  meal(4, "dinner", "curry"),
];

function plan(meals: MealToShopFor[], options?: PrepOptions, householdSize = 2): PrepPlan {
  return buildPrepPlan({ householdSize, meals }, { recipes: RECIPES, ingredients: ALL_FOODS }, options);
}

const allTasks = (p: PrepPlan): PrepTask[] => p.sessions.flatMap((s) => s.tasks);

describe("buildPrepPlan: batch sessions", () => {
  it("chops a vegetable shared by two dinners once, for both", () => {
    const p = plan([meal(0, "dinner", "chili"), meal(1, "dinner", "curry")]);
    const chops = allTasks(p).filter((t) => t.kind === "pre-chop");
    expect(chops).toHaveLength(1);
    expect(chops[0]).toEqual({
      kind: "pre-chop",
      description: "Chop onion (2 pieces) for Mon dinner and Tue dinner; keep in a sealed box",
      minutes: 4,
      ingredientSlug: "onion",
      forMeals: [
        { day: 0, slot: "dinner", recipeId: "chili", recipeName: "Chili" },
        { day: 1, slot: "dinner", recipeId: "curry", recipeName: "Curry" },
      ],
    });
    expect(p.sessions.map((s) => [s.day, s.dayName])).toEqual([[-1, "Sunday"]]);
  });

  it("batch-cooks a shared grain in the session before the meals", () => {
    const p = plan(WEEK);
    const sunday = p.sessions[0]!;
    expect(sunday.tasks.find((t) => t.kind === "batch-cook")).toMatchObject({
      description: "Cook 450 g basmati rice for Mon dinner and Tue dinner; cool and refrigerate",
      minutes: 20,
      forMeals: [{ recipeId: "chili" }, { recipeId: "curry" }],
    });
    // Mon chili cooks 4 portions (2 + 2 leftover), Tue curry 2, Wed soup 150 g = 1 onion
    expect(sunday.tasks.find((t) => t.kind === "pre-chop")).toMatchObject({
      description: "Chop onion (4 pieces) for Mon dinner, Tue dinner and Wed dinner; keep in a sealed box",
      minutes: 8,
    });
  });

  it("leaves foods used by one meal, or not keeping well chopped, to the day", () => {
    const slugs = allTasks(plan(WEEK)).map((t) => t.ingredientSlug);
    expect(slugs).not.toContain("garlic");
    expect(slugs).not.toContain("carrot");
    expect(slugs).not.toContain("parsley");
  });

  it("preps days 3–6 in a midweek session, or everything up front without it", () => {
    const meals = [meal(0, "dinner", "chili"), meal(3, "dinner", "chili"), meal(5, "dinner", "chili")];
    const midweek = plan(meals);
    expect(midweek.sessions.map((s) => s.day)).toEqual([2]);
    expect(midweek.sessions[0]!.tasks.map((t) => [t.kind, t.ingredientSlug, t.minutes])).toEqual([
      ["batch-cook", "basmati-rice", 20],
      ["pre-chop", "garlic", 2],
      ["pre-chop", "onion", 4],
    ]);
    expect(midweek.sessions[0]!.tasks[0]!.forMeals.map((m) => m.day)).toEqual([3, 5]);

    const upFront = plan(meals, { midweekSession: false });
    expect(upFront.sessions.map((s) => s.day)).toEqual([-1]);
    expect(upFront.sessions[0]!.tasks[0]!.forMeals.map((m) => m.day)).toEqual([0, 3, 5]);
  });
});

describe("buildPrepPlan: daily tasks", () => {
  it("notes the extra portions to cook for leftovers on the cooking day", () => {
    const p = plan(WEEK);
    const monday = p.sessions.find((s) => s.day === 0)!;
    expect(monday.tasks).toEqual([
      {
        kind: "cook-extra",
        description:
          "Cook 2 extra portions of Chili at Mon dinner (4 in total, about 45 min as usual); pack and chill them for Tue lunch",
        minutes: 5,
        forMeals: [
          { day: 0, slot: "dinner", recipeId: "chili", recipeName: "Chili" },
          { day: 1, slot: "lunch", recipeId: "chili", recipeName: "Chili" },
        ],
      },
    ]);
  });

  it("freezes meat for later meals on shopping day and thaws it the evening before", () => {
    const tasks = plan(WEEK).sessions.flatMap((s) =>
      s.tasks.filter((t) => t.ingredientSlug === "chicken-thigh").map((t) => [s.day, t.kind, t.description]),
    );
    expect(tasks).toEqual([
      [-1, "freeze", "Freeze the chicken thigh for Thu dinner and Fri dinner when you get home"],
      [2, "thaw", "Move the chicken thigh from the freezer to the fridge for Thu dinner"],
      [3, "thaw", "Move the chicken thigh from the freezer to the fridge for Fri dinner"],
    ]);
  });

  it("starts overnight steps the evening before", () => {
    const wednesday = plan(WEEK).sessions.find((s) => s.day === 2)!;
    expect(wednesday.tasks.find((t) => t.kind === "overnight")).toMatchObject({
      description:
        "Start Grilled Chicken for Thu dinner: Marinate the chicken overnight in yogurt and spices.",
      minutes: 10,
    });
  });
});

describe("buildPrepPlan: ordering and totals", () => {
  it("orders sessions by day and tasks by kind, and totals add up", () => {
    const p = plan(WEEK);
    expect(p.sessions.map((s) => [s.dayName, s.totalMinutes, s.tasks.map((t) => t.kind)])).toEqual([
      ["Sunday", 30, ["freeze", "batch-cook", "pre-chop"]],
      ["Monday", 5, ["cook-extra"]],
      ["Wednesday", 11, ["overnight", "thaw"]],
      ["Thursday", 1, ["thaw"]],
    ]);
    for (const session of p.sessions) {
      expect(session.totalMinutes).toBe(session.tasks.reduce((sum, t) => sum + t.minutes, 0));
      expect(session.tasks.every((t) => Number.isInteger(t.minutes) && t.minutes > 0)).toBe(true);
    }
    expect(p.totalMinutes).toBe(47);
    expect(p.issues).toEqual([]);
  });

  it("starts the longest pot first", () => {
    const withLentils = [
      ...RECIPES,
      dish("dal", [line("red-lentils", 100, "g"), line("basmati-rice", 100, "g")]),
      dish("stew", [line("red-lentils", 100, "g"), line("basmati-rice", 100, "g")]),
    ];
    const p = buildPrepPlan(
      { householdSize: 1, meals: [meal(0, "dinner", "dal"), meal(1, "dinner", "stew")] },
      { recipes: withLentils, ingredients: ALL_FOODS },
    );
    expect(p.sessions[0]!.tasks.map((t) => [t.ingredientSlug, t.minutes])).toEqual([
      ["red-lentils", 25],
      ["basmati-rice", 20],
    ]);
  });

  it("names days from the options and is independent of meal order", () => {
    const sundayFirst = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];
    const p = plan(WEEK, { dayNames: sundayFirst });
    expect(p.sessions.map((s) => s.dayName)).toEqual(["Saturday", "Sunday", "Tuesday", "Wednesday"]);
    expect(allTasks(p)[0]!.description).toBe(
      "Freeze the chicken thigh for Wed dinner and Thu dinner when you get home",
    );
    expect(plan([...WEEK].reverse())).toEqual(plan(WEEK));
    expect(() => plan(WEEK, { dayNames: ["Mon"] })).toThrow(RangeError);
  });
});
