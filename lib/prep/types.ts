import type { Ingredient } from "@/lib/catalogue/types";
import type { CookingBatch, MealRef, PlanIssue } from "@/lib/grocery";

/** Kinds in the order they are done within a session (see `build-prep-plan.ts`). */
export const PREP_TASK_KINDS = [
  "freeze",
  "batch-cook",
  "pre-chop",
  "cook-extra",
  "overnight",
  "thaw",
] as const;
export type PrepTaskKind = (typeof PREP_TASK_KINDS)[number];

/** A meal a task prepares for. */
export interface PrepMeal extends MealRef {
  recipeId: string;
  recipeName: string;
}

export interface PrepTask {
  kind: PrepTaskKind;
  description: string;
  /** whole minutes, hands-on plus unattended cooking */
  minutes: number;
  /** in week order */
  forMeals: PrepMeal[];
  /** the food the task handles, for batch-cook, pre-chop, freeze and thaw */
  ingredientSlug?: string;
}

export interface PrepSession {
  /** plan day 0–6, or -1 for the day before the week starts */
  day: number;
  dayName: string;
  /** the sum of the tasks' minutes */
  totalMinutes: number;
  tasks: PrepTask[];
}

export interface PrepPlan {
  /** in day order; days without tasks are left out */
  sessions: PrepSession[];
  totalMinutes: number;
  issues: PlanIssue[];
}

export interface PrepOptions {
  /** names of plan days 0–6; default Monday … Sunday, so day -1 is "Sunday" */
  dayNames?: readonly string[];
  /** add a batch session on day 2 for days 3–6 (default true) */
  midweekSession?: boolean;
}

/** What every task planner reads; built once by `buildPrepPlan`. */
export interface PrepContext {
  batches: readonly CookingBatch[];
  ingredients: ReadonlyMap<string, Ingredient>;
  dayNames: readonly string[];
}

/** A task before it is placed in its session. */
export interface ScheduledTask extends PrepTask {
  day: number;
}
