import highsLoader from "highs";
import { PlannerError } from "../errors";

export type HighsSolver = Awaited<ReturnType<typeof highsLoader>>;

let loading: Promise<HighsSolver> | null = null;

/** The WASM solver, instantiated once per process (instantiation costs ~100 ms). */
export function loadHighs(): Promise<HighsSolver> {
  loading ??= highsLoader().catch((error: unknown) => {
    loading = null;
    throw new PlannerError("EXACT_SOLVER_FAILED", "the HiGHS solver could not be loaded", {
      cause: error instanceof Error ? error.message : String(error),
    });
  });
  return loading;
}
