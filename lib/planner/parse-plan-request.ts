import { z } from "zod";
import { ALLERGENS, DIETS } from "@/lib/catalogue/types";
import { ATWATER_TOLERANCE, atwaterKcal, atwaterMismatch } from "@/lib/nutrition/check-atwater";
import { PlannerError } from "./errors";
import { DAY_NAMES, PLAN_SLOTS, SERVING_LEVELS } from "./types";

// Bounds are wide enough for any real adult diet and narrow enough to catch unit mistakes
// (kJ typed as kcal, grams per week typed as grams per day).
const targetsSchema = z.object({
  kcal: z
    .number()
    .finite()
    .min(800, "daily kcal must be at least 800")
    .max(6000, "daily kcal must be at most 6000"),
  proteinG: z
    .number()
    .finite()
    .min(10, "daily protein must be at least 10 g")
    .max(400, "daily protein must be at most 400 g"),
  carbsG: z
    .number()
    .finite()
    .min(10, "daily carbs must be at least 10 g")
    .max(900, "daily carbs must be at most 900 g"),
  fatG: z
    .number()
    .finite()
    .min(10, "daily fat must be at least 10 g")
    .max(350, "daily fat must be at most 350 g"),
});

const minutesSchema = z.number().int().min(1, "a time limit must be at least 1 minute").max(600);
const slotMinutesSchema = z.partialRecord(z.enum(PLAN_SLOTS), minutesSchema);
const servingsSchema = z
  .number()
  .refine(
    (s) => (SERVING_LEVELS as readonly number[]).includes(s),
    "servings must be 0.5 to 2 in steps of 0.25",
  );

export const planRequestSchema = z.object({
  /** daily targets */
  targets: targetsSchema,
  /** breakfast, lunch and dinner are always planned; 0–2 snacks on top */
  snacks: z.number().int().min(0).max(2).default(0),
  /** share of daily kcal per slot (any positive weights; normalised over the planned slots) */
  calorieSplit: z.partialRecord(z.enum(PLAN_SLOTS), z.number().finite().positive()).optional(),
  diet: z.enum(DIETS),
  excludeAllergens: z.array(z.enum(ALLERGENS)).default([]),
  dislikedIngredients: z.array(z.string().min(1)).default([]),
  /** minutes (prep + cook) per slot; weekends are unlimited unless given */
  timeLimits: z
    .object({ weekday: slotMinutesSchema.default({}), weekend: slotMinutesSchema.default({}) })
    .prefault({}),
  variety: z.object({ maxUsesPerWeek: z.number().int().min(1).max(7).default(2) }).prefault({}),
  /** dinners cooked in a double batch whose leftover is the next day's lunch */
  leftovers: z.object({ cookDays: z.array(z.enum(DAY_NAMES).exclude(["sun"])).default([]) }).prefault({}),
  lockedMeals: z
    .array(
      z.object({
        day: z.enum(DAY_NAMES),
        slot: z.enum(PLAN_SLOTS),
        recipeId: z.string().min(1),
        servings: servingsSchema,
      }),
    )
    .default([]),
  /** recipes served last week: avoided, and only penalised if avoiding them is impossible */
  lastWeekRecipeIds: z.array(z.string()).default([]),
  seed: z.number().int().default(0),
});

/** What callers pass (defaults optional). */
export type PlanRequest = z.input<typeof planRequestSchema>;
/** The request after validation and defaults. */
export type ParsedPlanRequest = z.output<typeof planRequestSchema>;

// A request with hundreds of bad entries must not produce a message of thousands of characters.
const MAX_ISSUES_SHOWN = 5;

export function parsePlanRequest(raw: unknown): ParsedPlanRequest {
  const result = planRequestSchema.safeParse(raw);
  if (!result.success) {
    const issues = result.error.issues;
    const targetIssues = issues.filter((issue) => issue.path[0] === "targets");
    const shown = targetIssues.length > 0 ? targetIssues : issues;
    const listed = shown
      .slice(0, MAX_ISSUES_SHOWN)
      .map((issue) => `${issue.path.join(".") || "request"}: ${issue.message}`);
    if (shown.length > MAX_ISSUES_SHOWN) listed.push(`and ${shown.length - MAX_ISSUES_SHOWN} more problems`);
    throw new PlannerError(targetIssues.length > 0 ? "INVALID_TARGETS" : "INVALID_INPUT", listed.join("; "), {
      issues: shown
        .slice(0, MAX_ISSUES_SHOWN)
        .map((issue) => ({ path: issue.path.map(String), message: issue.message })),
    });
  }
  const request = result.data;
  const mismatch = atwaterMismatch(request.targets);
  if (mismatch !== null) {
    throw new PlannerError("INVALID_TARGETS", `targets: ${mismatch}`, {
      macroKcal: atwaterKcal(request.targets),
      kcal: request.targets.kcal,
      tolerance: ATWATER_TOLERANCE,
    });
  }
  const seen = new Set<string>();
  for (const lock of request.lockedMeals) {
    const key = `${lock.day}:${lock.slot}`;
    if (seen.has(key))
      throw new PlannerError("INVALID_INPUT", `lockedMeals: ${lock.day} ${lock.slot} is locked twice`);
    seen.add(key);
  }
  return request;
}
