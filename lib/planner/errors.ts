/** Every way the planner can refuse a request; callers branch on `code`, people read `message`. */
export const PLANNER_ERROR_CODES = [
  "INVALID_INPUT",
  "INVALID_TARGETS",
  "INVALID_CATALOGUE",
  "UNKNOWN_RECIPE",
  "NO_RECIPES_FOR_SLOT",
  "INFEASIBLE",
  "NO_ALTERNATIVE",
  "MEAL_LOCKED",
  "EXACT_SOLVER_FAILED",
] as const;
export type PlannerErrorCode = (typeof PLANNER_ERROR_CODES)[number];

export class PlannerError extends Error {
  readonly code: PlannerErrorCode;
  readonly details: Readonly<Record<string, unknown>>;

  constructor(code: PlannerErrorCode, message: string, details: Readonly<Record<string, unknown>> = {}) {
    super(message);
    this.name = "PlannerError";
    this.code = code;
    this.details = details;
  }
}

export function isPlannerError(error: unknown): error is PlannerError {
  return error instanceof PlannerError;
}
