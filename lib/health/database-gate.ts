import { checkDatabase, type DatabaseHealth } from "@/lib/health/check-database";

/**
 * The proxy asks this before rendering a page: when the database is stopped or frozen a page would wait on
 * its first query, so the answer is a 503 page at once instead. One probe serves every request for
 * CACHE_MS (in-flight probes are shared), so a healthy database sees at most one `SELECT 1` per interval
 * however busy the site is.
 */
const CACHE_MS = 2000;

interface GateState {
  checkedAt: number;
  health: DatabaseHealth | null;
  inFlight: Promise<DatabaseHealth> | null;
}

const KEY = Symbol.for("meal-planner.database-gate");
const holder = globalThis as unknown as Record<symbol, GateState | undefined>;
const state: GateState = (holder[KEY] ??= { checkedAt: 0, health: null, inFlight: null });

export async function databaseHealthForPages(
  probe: () => Promise<DatabaseHealth> = () => checkDatabase(),
  now = Date.now(),
): Promise<DatabaseHealth> {
  if (state.health && now - state.checkedAt < CACHE_MS) return state.health;
  state.inFlight ??= probe()
    .then((health) => {
      state.health = health;
      state.checkedAt = Date.now();
      return health;
    })
    .finally(() => {
      state.inFlight = null;
    });
  return state.inFlight;
}

/** Forget the last probe (tests). */
export function resetDatabaseGate(): void {
  state.checkedAt = 0;
  state.health = null;
  state.inFlight = null;
}
