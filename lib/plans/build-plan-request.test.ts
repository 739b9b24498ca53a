import { describe, expect, it } from "vitest";
import { SEED_INGREDIENTS } from "@/lib/catalogue/seed-catalogue";
import { buildPlanRequest, type PlanningProfile } from "@/lib/plans/build-plan-request";

const PROFILE: PlanningProfile = {
  userId: "u1",
  target: { kcal: 2000, proteinG: 120, carbsG: 230, fatG: 67 },
  diet: "omnivore",
  allergens: [],
  dislikes: ["Chicken", "beef", "chiken"],
  mealsPerDay: 3,
  leftoversEnabled: false,
  weekdayTimeLimits: null,
};

describe("buildPlanRequest dislikes", () => {
  it("maps stored words to the ingredient slugs they cover, families included", () => {
    const request = buildPlanRequest(PROFILE, "2026-11-30", [], SEED_INGREDIENTS);
    expect(request.dislikedIngredients).toEqual(
      expect.arrayContaining([
        "chicken-breast",
        "chicken-thigh",
        "chicken-stock",
        "sirloin-steak",
        "beef-mince",
      ]),
    );
    // an unknown word is passed on as typed: the planner still matches it against slugs
    expect(request.dislikedIngredients).toContain("chiken");
    expect(request.dislikedIngredients).not.toContain("Chicken");
  });
});
