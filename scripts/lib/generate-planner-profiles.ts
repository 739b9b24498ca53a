/**
 * Generated planner profiles for the benchmark: every diet × target style (balanced, high-protein,
 * low-carb, endurance) × 3–5 slots, with exclusion sets and 1 500–3 500 kcal drawn from a fixed seed.
 *
 * Two splits of equal size: `tune` is what engine changes may be judged on while iterating;
 * `holdout` is only ever reported — never used to choose a change or a parameter. Each of the 48
 * diet × style × slots cells appears in both splits with independent draws, so the holdout tests the
 * same kinds of people with other exclusions and energy targets. The draw is fixed (seeded), so the
 * splits never change between runs; changing GENERATOR_SEED makes a new, unseen pair of splits.
 */
import { DIETS, type Allergen, type Diet } from "@/lib/catalogue/types";
import { mulberry32 } from "@/lib/random/mulberry32";
import type { Profile } from "./planner-profiles";

export const GENERATOR_SEED = 20261130;
export const PROFILES_PER_SPLIT = 64;

export type GeneratedSplit = "tune" | "holdout";

const STYLES = {
  // shares of kcal from protein and fat; carbs fill the rest (4/4/9 kcal per g)
  balanced: { tag: "bal", protein: [0.18, 0.22], fat: [0.28, 0.32] },
  "high-protein": { tag: "hp", protein: [0.28, 0.35], fat: [0.25, 0.3] },
  "low-carb": { tag: "lc", protein: [0.22, 0.28], fat: [0.45, 0.55] },
  endurance: { tag: "end", protein: [0.14, 0.18], fat: [0.2, 0.25] },
} as const;
type Style = keyof typeof STYLES;
const STYLE_NAMES = Object.keys(STYLES) as Style[];

// Weighted towards the thin catalogues where plans are hardest (the misses).
const EXCLUSIONS: readonly (readonly Allergen[])[] = [
  [],
  [],
  ["gluten"],
  ["dairy"],
  ["nuts"],
  ["soy"],
  ["egg"],
  ["gluten", "dairy"],
  ["nuts", "soy"],
  ["nuts", "peanuts"],
  ["dairy", "egg"],
  ["gluten", "nuts", "soy"],
  ["gluten", "dairy", "nuts"],
  ["gluten", "dairy", "soy"],
];
const SEAFOOD_EXCLUSIONS: readonly (readonly Allergen[])[] = [
  ["fish", "shellfish"],
  ["fish", "shellfish", "egg"],
  ["shellfish"],
];
const TAG: Record<Allergen, string> = {
  gluten: "gf",
  dairy: "df",
  egg: "ef",
  nuts: "nf",
  peanuts: "pf",
  soy: "sf",
  fish: "fishf",
  shellfish: "shf",
};
const DIET_TAG: Record<Diet, string> = {
  vegan: "vegan",
  vegetarian: "veg",
  pescatarian: "pesc",
  omnivore: "omni",
};

function exclusionsFor(diet: Diet): readonly (readonly Allergen[])[] {
  // Animal allergens are moot for vegans (and fish for vegetarians): draw only sets that change the catalogue.
  const relevant = (set: readonly Allergen[]) =>
    diet === "vegan"
      ? set.every((a) => !["dairy", "egg", "fish", "shellfish"].includes(a))
      : diet === "vegetarian"
        ? set.every((a) => !["fish", "shellfish"].includes(a))
        : true;
  const base = EXCLUSIONS.filter(relevant);
  return diet === "pescatarian" || diet === "omnivore" ? [...base, ...SEAFOOD_EXCLUSIONS] : base;
}

function draw(rand: () => number, [lo, hi]: readonly [number, number]): number {
  return lo + (hi - lo) * rand();
}

function makeProfile(
  split: GeneratedSplit,
  diet: Diet,
  style: Style,
  slots: number,
  rand: () => number,
): Profile {
  const sets = exclusionsFor(diet);
  const excludeAllergens = [...(sets[Math.floor(rand() * sets.length)] ?? [])];
  const kcal = 1500 + 50 * Math.floor(rand() * 41); // 1 500–3 500 in 50 kcal steps
  const shape = STYLES[style];
  const proteinG = Math.round((kcal * draw(rand, shape.protein)) / 4);
  const fatG = Math.round((kcal * draw(rand, shape.fat)) / 9);
  const carbsG = Math.round((kcal - 4 * proteinG - 9 * fatG) / 4);
  const tags = [
    DIET_TAG[diet],
    shape.tag,
    ...excludeAllergens.map((a) => TAG[a]),
    String(kcal),
    String(slots),
  ];
  return {
    name: `${split === "tune" ? "t" : "h"}-${tags.join("-")}`,
    split,
    request: { targets: { kcal, proteinG, carbsG, fatG }, diet, snacks: slots - 3, excludeAllergens },
  };
}

/** The fixed generated profiles of one split (deterministic: same list on every run). */
export function generatePlannerProfiles(split: GeneratedSplit): Profile[] {
  // One stream per split, so adding profiles to one never changes the other.
  const rand = mulberry32((GENERATOR_SEED ^ (split === "tune" ? 0x7a11 : 0x401d)) >>> 0);
  const profiles: Profile[] = [];
  const names = new Set<string>();
  for (let i = 0; profiles.length < PROFILES_PER_SPLIT; i++) {
    const cell = i % (DIETS.length * STYLE_NAMES.length * 3);
    const diet = DIETS[cell % DIETS.length] as Diet;
    const style = STYLE_NAMES[Math.floor(cell / DIETS.length) % STYLE_NAMES.length] as Style;
    const slots = 3 + Math.floor(cell / (DIETS.length * STYLE_NAMES.length));
    const profile = makeProfile(split, diet, style, slots, rand);
    if (names.has(profile.name)) continue;
    names.add(profile.name);
    profiles.push(profile);
  }
  return profiles;
}
