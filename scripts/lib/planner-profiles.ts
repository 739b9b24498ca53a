/** The benchmark's fixed planner profiles (shared by `bench:planner` and diagnostics). */
import type { PlanRequest } from "@/lib/planner";

export interface Profile {
  name: string;
  request: PlanRequest;
  /** generated profiles only: the split it belongs to (see generate-planner-profiles.ts) */
  split?: "tune" | "holdout";
}

// Carbs fill the calories left by protein and fat (4/4/9 kcal per g), as a targets calculator does.
const T = (kcal: number, proteinG: number, fatG: number) => ({
  kcal,
  proteinG,
  carbsG: Math.round((kcal - 4 * proteinG - 9 * fatG) / 4),
  fatG,
});
const WEEKDAY_QUICK = { weekday: { breakfast: 10, lunch: 20, dinner: 40 } };

// All four diets, 1 600–3 500 kcal, high-protein and low-carb cases, 3–5 slots, exclusions,
// weekday time limits, leftovers and a catalogue thin enough to need a relaxation.
export const PROFILES: Profile[] = [
  { name: "omni-2000-3", request: { targets: T(2000, 110, 70), diet: "omnivore", snacks: 0 } },
  { name: "omni-2200-4", request: { targets: T(2200, 140, 75), diet: "omnivore", snacks: 1 } },
  { name: "omni-hp-2600-5", request: { targets: T(2600, 190, 85), diet: "omnivore", snacks: 2 } },
  { name: "omni-lc-1900-4", request: { targets: T(1900, 130, 115), diet: "omnivore", snacks: 1 } },
  { name: "omni-3500-5", request: { targets: T(3500, 180, 115), diet: "omnivore", snacks: 2 } },
  { name: "omni-1600-3", request: { targets: T(1600, 100, 55), diet: "omnivore", snacks: 0 } },
  {
    name: "omni-time-2100-4",
    request: { targets: T(2100, 120, 75), diet: "omnivore", snacks: 1, timeLimits: WEEKDAY_QUICK },
  },
  {
    name: "omni-left-2300-4",
    request: {
      targets: T(2300, 130, 80),
      diet: "omnivore",
      snacks: 1,
      leftovers: { cookDays: ["mon", "wed"] },
    },
  },
  {
    name: "omni-df-ef-2100-4",
    request: { targets: T(2100, 120, 72), diet: "omnivore", snacks: 1, excludeAllergens: ["dairy", "egg"] },
  },
  { name: "pesc-2000-4", request: { targets: T(2000, 120, 70), diet: "pescatarian", snacks: 1 } },
  { name: "pesc-hp-2400-4", request: { targets: T(2400, 170, 80), diet: "pescatarian", snacks: 1 } },
  { name: "pesc-lc-1800-3", request: { targets: T(1800, 120, 100), diet: "pescatarian", snacks: 0 } },
  {
    name: "pesc-time-2100-4",
    request: {
      targets: T(2100, 115, 72),
      diet: "pescatarian",
      snacks: 1,
      timeLimits: WEEKDAY_QUICK,
      dislikedIngredients: ["mushroom"],
    },
  },
  { name: "veg-1800-3", request: { targets: T(1800, 80, 65), diet: "vegetarian", snacks: 0 } },
  { name: "veg-2200-4", request: { targets: T(2200, 100, 78), diet: "vegetarian", snacks: 1 } },
  { name: "veg-hp-2600-5", request: { targets: T(2600, 160, 90), diet: "vegetarian", snacks: 2 } },
  { name: "veg-lc-2000-4", request: { targets: T(2000, 110, 120), diet: "vegetarian", snacks: 1 } },
  {
    name: "veg-gf-2000-4",
    request: { targets: T(2000, 95, 70), diet: "vegetarian", snacks: 1, excludeAllergens: ["gluten"] },
  },
  // Thin on purpose: only two lunches fit, so the weekly limit for lunches is relaxed to 3×.
  {
    name: "veg-gf-df-ef-time-2000-4",
    request: {
      targets: T(2000, 95, 70),
      diet: "vegetarian",
      snacks: 1,
      excludeAllergens: ["gluten", "dairy", "egg"],
      timeLimits: WEEKDAY_QUICK,
    },
  },
  { name: "vegan-1800-3", request: { targets: T(1800, 90, 65), diet: "vegan", snacks: 0 } },
  { name: "vegan-2200-4", request: { targets: T(2200, 100, 75), diet: "vegan", snacks: 1 } },
  { name: "vegan-hp-2500-5", request: { targets: T(2500, 150, 80), diet: "vegan", snacks: 2 } },
  { name: "vegan-3000-5", request: { targets: T(3000, 130, 100), diet: "vegan", snacks: 2 } },
  {
    name: "vegan-nf-sf-2000-4",
    request: { targets: T(2000, 85, 68), diet: "vegan", snacks: 1, excludeAllergens: ["nuts", "soy"] },
  },
  { name: "vegan-lc-1900-4", request: { targets: T(1900, 100, 110), diet: "vegan", snacks: 1 } },
];
export const QUICK_PROFILES = [
  "omni-2200-4",
  "omni-left-2300-4",
  "veg-1800-3",
  "vegan-1800-3",
  "pesc-time-2100-4",
];
