import highsLoader from "highs";

export type HighsSolver = Awaited<ReturnType<typeof highsLoader>>;

let loading: Promise<HighsSolver> | null = null;

/** The WASM solver, instantiated once per process (instantiation costs ~100 ms). */
export function loadHighs(): Promise<HighsSolver> {
  loading ??= highsLoader();
  return loading;
}
