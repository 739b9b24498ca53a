/**
 * Demo people: one staff admin and 50 end users with varied targets, diets and time zones, about 5 % of them
 * beta testers. Generated from a fixed seed so every fresh database has the same people.
 */
import type { Allergen, Diet } from "@/lib/catalogue/types";
import { mulberry32 } from "@/lib/random/mulberry32";

export const DEMO_STAFF = {
  email: "staff@meal-planner.local",
  password: "staff-demo-2026",
  name: "Sam Staff",
};
export const DEMO_USER_PASSWORD = "demo-user-2026";
export const DEMO_USER_COUNT = 50;

export interface DemoUser {
  email: string;
  name: string;
  isBetaTester: boolean;
  target: { kcal: number; proteinG: number; carbsG: number; fatG: number };
  preference: {
    diet: Diet;
    allergens: Allergen[];
    mealsPerDay: number;
    householdSize: number;
    timeZone: string;
    emailOptIn: boolean;
  };
}

const FIRST_NAMES = [
  "Ana",
  "Ben",
  "Chloe",
  "Dev",
  "Elif",
  "Farah",
  "Gus",
  "Hana",
  "Ivan",
  "Jade",
  "Kofi",
  "Lena",
  "Mateo",
  "Nia",
  "Omar",
  "Priya",
  "Quinn",
  "Rosa",
  "Sven",
  "Tara",
  "Umar",
  "Vera",
  "Wen",
  "Ximena",
  "Yusuf",
];
const TIME_ZONES = [
  "Europe/London",
  "Europe/Berlin",
  "America/New_York",
  "America/Chicago",
  "America/Los_Angeles",
  "Asia/Tokyo",
  "Australia/Sydney",
  "Asia/Kolkata",
  "America/Sao_Paulo",
  "Africa/Johannesburg",
  "Pacific/Auckland",
  "UTC",
];
const DIETS: Diet[] = [
  "omnivore",
  "omnivore",
  "omnivore",
  "pescatarian",
  "vegetarian",
  "vegetarian",
  "vegan",
];
const ALLERGEN_SETS: Allergen[][] = [
  [],
  [],
  [],
  [],
  ["nuts"],
  ["gluten"],
  ["dairy"],
  ["peanuts", "nuts"],
  ["shellfish"],
  ["egg"],
  ["soy"],
];

function pick<T>(random: () => number, items: readonly T[]): T {
  return items[Math.floor(random() * items.length)] as T;
}

/** Macros from an energy target and a split; carbs take the remainder so 4p + 4c + 9f ≈ kcal. */
function targetsFor(kcal: number, proteinShare: number, fatShare: number) {
  const proteinG = Math.round((kcal * proteinShare) / 4);
  const fatG = Math.round((kcal * fatShare) / 9);
  const carbsG = Math.round((kcal - proteinG * 4 - fatG * 9) / 4);
  return { kcal, proteinG, carbsG, fatG };
}

export function buildDemoUsers(): DemoUser[] {
  const random = mulberry32(20261126);
  const betaEvery = 20; // 50 users → indexes 0, 20, 40 are beta testers (≈5 %)
  return Array.from({ length: DEMO_USER_COUNT }, (_, i) => {
    const first = FIRST_NAMES[i % FIRST_NAMES.length] as string;
    const isBetaTester = i % betaEvery === 0;
    const handle = `${first.toLowerCase()}${i + 1}`;
    const kcal = 1600 + Math.round((random() * 1800) / 50) * 50;
    const isHighProtein = random() < 0.3;
    const isLowCarb = !isHighProtein && random() < 0.2;
    const proteinShare = isHighProtein ? 0.32 : isLowCarb ? 0.28 : 0.2 + random() * 0.06;
    const fatShare = isLowCarb ? 0.45 : 0.25 + random() * 0.08;
    return {
      email: isBetaTester ? `${handle}+beta@example.com` : `${handle}@example.com`,
      name: `${first} ${String.fromCharCode(65 + (i % 26))}.`,
      isBetaTester,
      target: targetsFor(kcal, proteinShare, fatShare),
      preference: {
        diet: pick(random, DIETS),
        allergens: pick(random, ALLERGEN_SETS),
        mealsPerDay: pick(random, [3, 3, 4, 4, 5]),
        householdSize: pick(random, [1, 1, 2, 2, 3, 4]),
        timeZone: TIME_ZONES[i % TIME_ZONES.length] as string,
        emailOptIn: random() > 0.1,
      },
    };
  });
}
