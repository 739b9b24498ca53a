import { MEAL_SLOTS, type CatalogueRecipe, type MealSlot } from "@/lib/catalogue/types";
import { parsePlanRequest, type PlanRequest } from "./parse-plan-request";
import { unsafeReason } from "./select-safe-recipes";
import { planSlotsFor } from "./slot-layout";
import {
  DAY_NAMES,
  DAYS_PER_WEEK,
  MACRO_KEYS,
  SERVING_LEVELS,
  isWeekend,
  mealSlotOf,
  type DayName,
  type MealRef,
  type PlannedMeal,
  type WeekPlan,
} from "./types";

export interface RuleViolation {
  rule:
    | "shape"
    | "safety"
    | "servings"
    | "totals"
    | "locked"
    | "leftover"
    | "time-limit"
    | "variety-limit"
    | "consecutive-days"
    | "last-week";
  message: string;
  meals: MealRef[];
}

const TOLERANCE = 1e-6;

interface Placed {
  ref: MealRef;
  day: number;
  meal: PlannedMeal;
  recipe: CatalogueRecipe;
  fixed: boolean;
}

/**
 * Every way a plan breaks the request's rules, given the relaxations recorded on the plan.
 * Used by the tests and available to callers that store plans and want to re-check them.
 */
export function findRuleViolations(
  plan: WeekPlan,
  rawRequest: PlanRequest,
  catalogue: readonly CatalogueRecipe[],
): RuleViolation[] {
  const request = parsePlanRequest(rawRequest);
  const out: RuleViolation[] = [];
  const byId = new Map(catalogue.map((r) => [r.id, r]));
  const slots = planSlotsFor(request.snacks);
  if (plan.days.length !== DAYS_PER_WEEK) {
    return [{ rule: "shape", message: `plan has ${plan.days.length} days`, meals: [] }];
  }
  const placed: Placed[] = [];
  const locks = new Map(request.lockedMeals.map((l) => [`${l.day}:${l.slot}`, l]));
  plan.days.forEach((day, d) => {
    const dayName = DAY_NAMES[d] as DayName;
    const got = day.meals.map((m) => m.slot).join(",");
    if (day.day !== dayName || got !== slots.join(",")) {
      out.push({ rule: "shape", message: `${dayName} has slots ${got}`, meals: [] });
      return;
    }
    const totals = { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 };
    for (const meal of day.meals) {
      const ref = { day: dayName, slot: meal.slot };
      const recipe = byId.get(meal.recipeId);
      if (!recipe) {
        out.push({ rule: "shape", message: `unknown recipe ${meal.recipeId}`, meals: [ref] });
        continue;
      }
      const reason = unsafeReason(recipe, request);
      if (reason) out.push({ rule: "safety", message: `${recipe.name} ${reason}`, meals: [ref] });
      if (!(SERVING_LEVELS as readonly number[]).includes(meal.servings)) {
        out.push({ rule: "servings", message: `${meal.servings} servings`, meals: [ref] });
      }
      for (const key of MACRO_KEYS) {
        const expected = recipe.perServing[key] * meal.servings;
        if (Math.abs(meal.macros[key] - expected) > TOLERANCE) {
          out.push({
            rule: "totals",
            message: `${key} of ${recipe.name} is not servings × per serving`,
            meals: [ref],
          });
        }
        totals[key] += meal.macros[key];
      }
      const lock = locks.get(`${dayName}:${meal.slot}`);
      if (lock && (lock.recipeId !== meal.recipeId || lock.servings !== meal.servings || !meal.locked)) {
        out.push({ rule: "locked", message: `locked ${dayName} ${meal.slot} changed`, meals: [ref] });
      }
      placed.push({ ref, day: d, meal, recipe, fixed: meal.locked });
    }
    for (const key of MACRO_KEYS) {
      if (Math.abs(day.totals[key] - totals[key]) > TOLERANCE) {
        out.push({
          rule: "totals",
          message: `${dayName} ${key} total is not the sum of its meals`,
          meals: [],
        });
      }
      const dev = (100 * (day.totals[key] - plan.targets[key])) / plan.targets[key];
      if (Math.abs(day.deviationPct[key] - dev) > TOLERANCE) {
        out.push({ rule: "totals", message: `${dayName} ${key} deviation is wrong`, meals: [] });
      }
    }
  });
  if (out.some((v) => v.rule === "shape")) return out;

  const at = (ref: MealRef): Placed | undefined =>
    placed.find((p) => p.ref.day === ref.day && p.ref.slot === ref.slot);
  const linked = new Set<string>();
  const key = (ref: MealRef): string => `${ref.day}:${ref.slot}`;
  for (const p of placed) {
    const to = p.meal.leftoverFor;
    if (!to) continue;
    const eat = at(to);
    const okShape =
      p.meal.slot === "dinner" &&
      to.slot === "lunch" &&
      DAY_NAMES.indexOf(to.day) === p.day + 1 &&
      request.leftovers.cookDays.includes(p.ref.day as Exclude<DayName, "sun">);
    if (
      !eat ||
      !okShape ||
      eat.meal.recipeId !== p.meal.recipeId ||
      key(eat.meal.leftoverOf ?? to) !== key(p.ref)
    ) {
      out.push({
        rule: "leftover",
        message: `leftover link from ${key(p.ref)} is inconsistent`,
        meals: [p.ref],
      });
      continue;
    }
    if (eat.meal.servings !== to.servings) {
      out.push({ rule: "leftover", message: `leftover portion of ${key(p.ref)} is wrong`, meals: [p.ref] });
    }
    linked.add(`${key(p.ref)}>${key(to)}`);
    if (p.fixed) eat.fixed = true;
  }
  for (const p of placed) {
    const from = p.meal.leftoverOf;
    if (from && !linked.has(`${key(from)}>${key(p.ref)}`)) {
      out.push({
        rule: "leftover",
        message: `${key(p.ref)} points at a meal that does not cook for it`,
        meals: [p.ref],
      });
    }
  }

  const rules = plan.rules;
  const planned = new Set(slots.map(mealSlotOf));
  const eligible = (recipe: CatalogueRecipe): MealSlot[] =>
    MEAL_SLOTS.filter((s) => planned.has(s) && recipe.slots.includes(s));
  const limitOf = (recipe: CatalogueRecipe): number => {
    const limits = eligible(recipe).map((s) => rules.maxUsesPerWeek[s]);
    return limits.length > 0 ? Math.max(...limits) : request.variety.maxUsesPerWeek;
  };
  const spacingRelaxed = (recipe: CatalogueRecipe): boolean =>
    eligible(recipe).some((s) => rules.consecutiveAllowed.includes(s));
  const lastWeek = new Set(request.lastWeekRecipeIds);

  for (const p of placed) {
    if (p.fixed || p.meal.leftoverOf) continue;
    const weekend = isWeekend(p.ref.day);
    const override = rules.timeLimitOverrides.find((o) => o.day === p.ref.day && o.slot === p.ref.slot);
    const base = (weekend ? request.timeLimits.weekend : request.timeLimits.weekday)[p.ref.slot];
    const limit = override ? (override.minutes ?? Infinity) : (base ?? Infinity);
    const minutes = p.recipe.prepMinutes + p.recipe.cookMinutes;
    if (minutes > limit) {
      out.push({
        rule: "time-limit",
        message: `${p.recipe.name} takes ${minutes} min, limit ${limit}`,
        meals: [p.ref],
      });
    }
    if (lastWeek.has(p.recipe.id) && !rules.lastWeekAllowed.includes(mealSlotOf(p.ref.slot))) {
      out.push({ rule: "last-week", message: `${p.recipe.name} was served last week`, meals: [p.ref] });
    }
  }

  const byRecipe = new Map<string, Placed[]>();
  for (const p of placed) byRecipe.set(p.recipe.id, [...(byRecipe.get(p.recipe.id) ?? []), p]);
  for (const list of byRecipe.values()) {
    const recipe = (list[0] as Placed).recipe;
    const fixedCount = list.filter((p) => p.fixed).length;
    if (list.length > Math.max(limitOf(recipe), fixedCount)) {
      out.push({
        rule: "variety-limit",
        message: `${recipe.name} appears ${list.length}× (limit ${limitOf(recipe)})`,
        meals: list.map((p) => p.ref),
      });
    }
    if (spacingRelaxed(recipe)) continue;
    for (let a = 0; a < list.length; a++) {
      for (let b = a + 1; b < list.length; b++) {
        const x = list[a] as Placed;
        const y = list[b] as Placed;
        if (Math.abs(x.day - y.day) > 1 || (x.fixed && y.fixed)) continue;
        const pair = `${key(x.ref)}>${key(y.ref)}`;
        const reverse = `${key(y.ref)}>${key(x.ref)}`;
        if (linked.has(pair) || linked.has(reverse)) continue;
        out.push({
          rule: "consecutive-days",
          message: `${recipe.name} on ${x.ref.day} ${x.ref.slot} and ${y.ref.day} ${y.ref.slot}`,
          meals: [x.ref, y.ref],
        });
      }
    }
  }
  return out;
}
