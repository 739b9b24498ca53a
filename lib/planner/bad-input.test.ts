import { describe, expect, it } from "vitest";
import { matchDislikes } from "@/lib/catalogue/match-dislikes";
import { SEED_CATALOGUE, SEED_INGREDIENTS } from "@/lib/catalogue/seed-catalogue";
import type { CatalogueRecipe } from "@/lib/catalogue/types";
import { PlannerError } from "./errors";
import { generateWeekPlan } from "./generate-week-plan";
import type { PlanRequest } from "./parse-plan-request";

const TARGETS = { kcal: 2200, proteinG: 140, carbsG: 240, fatG: 75 };
const EFFORT = { workBudget: 20_000 };

function plannedIngredients(request: PlanRequest): Set<string> {
  const plan = generateWeekPlan(request, SEED_CATALOGUE, EFFORT);
  const byId = new Map(SEED_CATALOGUE.map((r) => [r.id, r]));
  return new Set(
    plan.days.flatMap((d) =>
      d.meals.flatMap((m) => byId.get(m.recipeId)?.ingredients.map((i) => i.ingredientSlug) ?? []),
    ),
  );
}

function refusal(run: () => unknown): PlannerError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(PlannerError);
    return error as PlannerError;
  }
  throw new Error("expected a PlannerError");
}

describe("dislikes by name", () => {
  it("a person's words, resolved through the ingredient table, keep chicken and beef off the week", () => {
    const slugs = matchDislikes(["Chicken", "beef"], SEED_INGREDIENTS).slugs;
    const used = plannedIngredients({
      targets: TARGETS,
      diet: "omnivore",
      snacks: 1,
      dislikedIngredients: slugs,
    });
    for (const slug of [
      "chicken-breast",
      "chicken-thigh",
      "chicken-stock",
      "beef-mince",
      "lean-beef-mince",
      "sirloin-steak",
    ])
      expect(used.has(slug)).toBe(false);
  });

  it("the planner alone matches plain words against ingredient slugs, ignoring case and plurals", () => {
    const used = plannedIngredients({
      targets: TARGETS,
      diet: "omnivore",
      snacks: 1,
      dislikedIngredients: ["CHICKENS", "Mushroom", "egg"],
    });
    expect([...used].filter((slug) => /chicken|mushroom|egg/.test(slug))).toEqual([]);
    // the same request without dislikes does use them: the test can fail
    const free = plannedIngredients({ targets: TARGETS, diet: "omnivore", snacks: 1, seed: 3 });
    expect([...free].some((slug) => /chicken|egg/.test(slug))).toBe(true);
  });
});

describe("targets and catalogue checks", () => {
  it("rejects macros that disagree with kcal beyond the tolerance, giving both numbers", () => {
    const error = refusal(() =>
      generateWeekPlan(
        { targets: { kcal: 1200, proteinG: 350, carbsG: 10, fatG: 10 }, diet: "omnivore" },
        SEED_CATALOGUE,
      ),
    );
    expect(error.code).toBe("INVALID_TARGETS");
    expect(error.message).toMatch(/1530 kcal .*1200 kcal/);
    expect(error.details).toMatchObject({ macroKcal: 1530, kcal: 1200, tolerance: 0.15 });
  });

  it.each([
    ["undefined", undefined],
    ["null", null],
    ["an object", { recipes: [] }],
    ["a list with a non-recipe", [null]],
  ])("a catalogue that is %s is INVALID_CATALOGUE, not a TypeError", (_, catalogue) => {
    const error = refusal(() =>
      generateWeekPlan({ targets: TARGETS, diet: "omnivore" }, catalogue as unknown as CatalogueRecipe[]),
    );
    expect(error.code).toBe("INVALID_CATALOGUE");
  });

  it("keeps messages short when every ingredient is disliked", () => {
    const error = refusal(() =>
      generateWeekPlan(
        { targets: TARGETS, diet: "omnivore", dislikedIngredients: SEED_INGREDIENTS.map((i) => i.slug) },
        SEED_CATALOGUE,
      ),
    );
    expect(error.code).toBe("NO_RECIPES_FOR_SLOT");
    expect(error.message.length).toBeLessThan(300);
    expect(error.message).toMatch(/and \d+ more/);
  });

  it("keeps messages short when a request has hundreds of bad entries", () => {
    const lockedMeals = Array.from({ length: 300 }, () => ({
      day: "someday",
      slot: "brunch",
      recipeId: "",
      servings: 9,
    }));
    const error = refusal(() =>
      generateWeekPlan(
        { targets: TARGETS, diet: "omnivore", lockedMeals } as unknown as PlanRequest,
        SEED_CATALOGUE,
      ),
    );
    expect(error.code).toBe("INVALID_INPUT");
    expect(error.message.length).toBeLessThan(600);
    expect(error.message).toMatch(/and \d+ more problems/);
  });
});
