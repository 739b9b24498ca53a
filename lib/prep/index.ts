export { buildPrepPlan } from "./build-prep-plan";
export { DEFAULT_DAY_NAMES, dayNameOf, describeMeals } from "./describe-meals";
export { matchPrepItem, type PrepItem } from "./match-prep-item";
export { planPrepWindows, type PrepWindow } from "./plan-prep-windows";
export {
  BATCH_COOKABLES,
  CHOPPABLES,
  CHOPPED_DENSITY_G_PER_ML,
  FREEZE_MINUTES,
  FRESH_MEAT_DAYS,
  OVERNIGHT_MINUTES,
  PACK_MINUTES,
  THAW_MINUTES,
  type BatchCookable,
  type Choppable,
} from "./task-minute-table";
export {
  PREP_TASK_KINDS,
  type PrepMeal,
  type PrepOptions,
  type PrepPlan,
  type PrepSession,
  type PrepTask,
  type PrepTaskKind,
} from "./types";
