import type { FlagEvaluation } from "@/lib/flags/evaluate-flag";
import {
  FlagCache,
  type FlagCacheOptions,
  type FlagStore,
  type RefreshOutcome,
} from "@/lib/flags/flag-cache";
import { PrismaFlagStore } from "@/lib/flags/prisma-flag-store";
import { log } from "@/lib/log";
import { flagEvaluationsTotal } from "@/lib/observability/prometheus";

export interface FlagUser {
  id: string;
}

export interface FeatureFlagClient {
  readonly cache: FlagCache;
  /** Whether the flag is on for the user, from a cache at most `maxStalenessMs` (5 s) behind the database. */
  isEnabled(user: FlagUser, flagKey: string): Promise<boolean>;
  /** Like isEnabled, with the reason (kill switch, enrolment, global, percentage, default off). */
  evaluate(user: FlagUser, flagKey: string): Promise<FlagEvaluation>;
  /**
   * Whether the flag's kill switch is engaged: for operational switches (`scheduler`, `fatsecret_autosync`)
   * that gate a whole job rather than a user. An unknown flag is not engaged.
   */
  isKillSwitchEngaged(flagKey: string): Promise<boolean>;
  /** Refreshes now if stale; exposed for health checks and tests. */
  refresh(): Promise<RefreshOutcome>;
  /**
   * Reads many people's enrolments in one query before judging them one by one (the dispatcher's pages).
   * Like a single lookup, a failure is logged and leaves them to be looked up (or judged without) later.
   */
  preloadUsers(userIds: readonly string[]): Promise<void>;
}

export interface FeatureFlagClientOptions extends FlagCacheOptions {
  store?: FlagStore;
}

/**
 * One client per process (see `isFeatureEnabled`); tests build extra ones to play other instances.
 * A failed refresh keeps serving the last snapshot — flags must not go dark because the database blinked —
 * and is logged once per failure.
 */
export function createFeatureFlagClient(options: FeatureFlagClientOptions = {}): FeatureFlagClient {
  const { store = new PrismaFlagStore(), ...cacheOptions } = options;
  const cache = new FlagCache(cacheOptions);

  async function refresh(): Promise<RefreshOutcome> {
    const outcome = await cache.refreshIfStale(store);
    if (outcome.status === "failed") {
      log.warn({ err: outcome.error }, "feature flag refresh failed; serving the last snapshot");
    } else if (outcome.status === "reloaded" && outcome.rejected.length > 0) {
      log.error({ rejected: outcome.rejected }, "feature flags rejected as invalid; they read as off");
    }
    return outcome;
  }

  /**
   * A failed lookup leaves the person without cached enrolments, so they are judged by the global switch and the
   * percentage alone (logged): flag checks must not throw because the database blinked.
   */
  async function ensureUser(userId: string): Promise<void> {
    try {
      await cache.ensureUser(store, userId);
    } catch (error) {
      log.warn({ err: error }, "could not read a person's flag enrolments; judging by global and percentage");
    }
  }

  return {
    cache,
    refresh,
    async isEnabled(user, flagKey) {
      await refresh();
      await ensureUser(user.id);
      return cache.isEnabled(user.id, flagKey);
    },
    async evaluate(user, flagKey) {
      await refresh();
      await ensureUser(user.id);
      return cache.evaluate(user.id, flagKey);
    },
    async isKillSwitchEngaged(flagKey) {
      await refresh();
      return cache.getFlag(flagKey)?.killSwitch ?? false;
    },
    async preloadUsers(userIds) {
      await refresh();
      try {
        await cache.ensureUsers(store, userIds);
      } catch (error) {
        log.warn(
          { err: error },
          "could not read a page of people's flag enrolments; reading them one by one",
        );
      }
    },
  };
}

// Kept on globalThis so Next.js dev reloads share one cache instead of each module copy probing the DB.
const globalForFlags = globalThis as unknown as { featureFlagClient?: FeatureFlagClient };

export function getFeatureFlagClient(): FeatureFlagClient {
  globalForFlags.featureFlagClient ??= createFeatureFlagClient();
  return globalForFlags.featureFlagClient;
}

/** The app's flag check: `if (await isFeatureEnabled(user, "phase3_generation_engine")) …`. */
export async function isFeatureEnabled(user: FlagUser, flagKey: string): Promise<boolean> {
  const enabled = await getFeatureFlagClient().isEnabled(user, flagKey);
  flagEvaluationsTotal.inc({ flag: flagKey, enabled: String(enabled) });
  return enabled;
}

/** The flag decision with its reason, for diagnostics and the console. */
export function evaluateFeature(user: FlagUser, flagKey: string): Promise<FlagEvaluation> {
  return getFeatureFlagClient().evaluate(user, flagKey);
}

/** Reads these people's flag enrolments in one query, so the flag checks that follow need none. */
export function preloadFlagUsers(userIds: readonly string[]): Promise<void> {
  return getFeatureFlagClient().preloadUsers(userIds);
}

/** Whether an operational kill switch (e.g. `scheduler`, `fatsecret_autosync`) is engaged. */
export function isKillSwitchEngaged(flagKey: string): Promise<boolean> {
  return getFeatureFlagClient().isKillSwitchEngaged(flagKey);
}
