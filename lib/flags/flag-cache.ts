/**
 * In-process flag cache: flag checks are answered from memory, and the tables are reread only
 * when a cheap version probe says something changed.
 *
 * Freshness contract: `refreshIfStale` records the time a check *started*. A change committed at
 * time T is therefore visible to every evaluation that awaits `refreshIfStale` at T + maxStaleness
 * or later (plus the probe's own latency): either that call probes the store itself, or the last
 * probe started after T and already saw the change. The default staleness is 5 s, the limit the
 * rollout plan puts on another instance's change (e.g. a kill switch) reaching this one.
 */
import { BUCKET_COUNT, bucketFor, isBucketInRollout, percentageToBasisPoints } from "@/lib/flags/bucket";
import { evaluateFlag, type FlagEvaluation } from "@/lib/flags/evaluate-flag";
import { flagSnapshotSchema, type FlagEnrolment, type FlagSnapshot } from "@/lib/flags/flag-snapshot";

export const DEFAULT_MAX_STALENESS_MS = 5_000;
/** After a failed probe, wait this long before the next one so an outage does not become a query storm. */
export const DEFAULT_FAILURE_BACKOFF_MS = 1_000;

export interface FlagStoreSnapshot {
  flags: FlagSnapshot[];
  /**
   * Enrolments known up front. A store with `loadUserEnrolments` leaves this empty: with a million users the
   * explicit enrolments are looked up per person and kept in a bounded LRU instead of in every process.
   */
  enrolments: FlagEnrolment[];
  version: number | bigint;
}

/** One person's explicit enrolments, flag key → enabled. */
export type UserEnrolments = ReadonlyMap<string, boolean>;

/**
 * What the persistence layer supplies. `version()` must be cheap (one counter row) and must change
 * whenever any flag or enrolment changes. `load()` should read the version in the same transaction
 * as the tables — or before them: a version older than the data only causes one extra reload,
 * while a version newer than the data would hide a change until the next write.
 */
export interface FlagStore {
  version(): Promise<bigint | number>;
  load(): Promise<FlagStoreSnapshot>;
  /** Every explicit enrolment of one person (all flags); optional for stores that load them all up front. */
  loadUserEnrolments?(userId: string): Promise<{ flagKey: string; enabled: boolean }[]>;
  /** The same for many people in one query, for callers about to judge a page of people (the dispatcher). */
  loadUsersEnrolments?(userIds: string[]): Promise<{ userId: string; flagKey: string; enabled: boolean }[]>;
}

export interface RejectedFlag {
  key: string;
  issues: string[];
}

export type RefreshOutcome =
  | { status: "fresh" }
  | { status: "backing_off" }
  | { status: "unchanged"; version: bigint }
  | { status: "reloaded"; version: bigint; previousVersion: bigint | null; rejected: RejectedFlag[] }
  | { status: "failed"; error: unknown };

export interface FlagCacheOptions {
  maxStalenessMs?: number;
  failureBackoffMs?: number;
  /** Milliseconds since the epoch; injectable so tests can drive staleness without waiting. */
  clock?: () => number;
  /** How many people's enrolments to keep (least recently used out first). */
  maxCachedUsers?: number;
}

export const DEFAULT_MAX_CACHED_USERS = 10_000;
const NO_ENROLMENTS: UserEnrolments = new Map();

interface CachedUser {
  enrolments: UserEnrolments;
  /** The snapshot version the lookup started under; an entry from another version is never served. */
  version: bigint | null;
}

/** Precomputed per flag so `isEnabled` is two map lookups and at most one hash. */
interface IndexedFlag {
  readonly snapshot: FlagSnapshot;
  readonly killSwitch: boolean;
  readonly enabledGlobally: boolean;
  readonly thresholdBasisPoints: number;
  readonly enrolments: Map<string, boolean> | undefined;
}

function toVersion(value: number | bigint): bigint {
  if (typeof value === "bigint") return value;
  if (!Number.isSafeInteger(value))
    throw new RangeError(`flag store version must be an integer, got ${value}`);
  return BigInt(value);
}

function buildIndex(snapshot: FlagStoreSnapshot): {
  index: Map<string, IndexedFlag>;
  rejected: RejectedFlag[];
} {
  const rejected: RejectedFlag[] = [];
  const valid = new Map<string, FlagSnapshot>();
  const duplicates = new Set<string>();

  for (const raw of snapshot.flags) {
    const parsed = flagSnapshotSchema.safeParse(raw);
    if (!parsed.success) {
      rejected.push({ key: String(raw.key), issues: parsed.error.issues.map((issue) => issue.message) });
      continue;
    }
    if (valid.has(parsed.data.key)) duplicates.add(parsed.data.key);
    valid.set(parsed.data.key, parsed.data);
  }
  // Neither copy of a duplicated key can be trusted to be the intended one; failing closed is the safe reading.
  for (const key of duplicates) {
    valid.delete(key);
    rejected.push({ key, issues: ["duplicate flag key in snapshot"] });
  }

  const enrolmentsByFlag = new Map<string, Map<string, boolean>>();
  for (const enrolment of snapshot.enrolments) {
    if (!valid.has(enrolment.flagKey)) continue;
    let users = enrolmentsByFlag.get(enrolment.flagKey);
    if (users === undefined) {
      users = new Map();
      enrolmentsByFlag.set(enrolment.flagKey, users);
    }
    users.set(enrolment.userId, enrolment.enabled);
  }

  const index = new Map<string, IndexedFlag>();
  for (const [key, flag] of valid) {
    index.set(key, {
      snapshot: flag,
      killSwitch: flag.killSwitch,
      enabledGlobally: flag.enabledGlobally,
      thresholdBasisPoints: percentageToBasisPoints(flag.rolloutPercentage),
      enrolments: enrolmentsByFlag.get(key),
    });
  }
  return { index, rejected };
}

export class FlagCache {
  readonly maxStalenessMs: number;
  readonly failureBackoffMs: number;
  readonly maxCachedUsers: number;
  private readonly clock: () => number;
  private readonly users = new Map<string, CachedUser>();

  private index = new Map<string, IndexedFlag>();
  private currentVersion: bigint | null = null;
  private lastCheckStartedAt: number | null = null;
  private lastFailureAt: number | null = null;
  private inFlight: Promise<RefreshOutcome> | null = null;

  constructor(options: FlagCacheOptions = {}) {
    this.maxStalenessMs = options.maxStalenessMs ?? DEFAULT_MAX_STALENESS_MS;
    this.failureBackoffMs = options.failureBackoffMs ?? DEFAULT_FAILURE_BACKOFF_MS;
    this.clock = options.clock ?? Date.now;
    this.maxCachedUsers = options.maxCachedUsers ?? DEFAULT_MAX_CACHED_USERS;
    if (!(this.maxCachedUsers >= 1)) throw new RangeError("maxCachedUsers must be at least 1");
    if (!(this.maxStalenessMs > 0)) throw new RangeError("maxStalenessMs must be positive");
    if (!(this.failureBackoffMs >= 0)) throw new RangeError("failureBackoffMs must not be negative");
  }

  /** Version of the snapshot being served, or null before the first load. */
  get version(): bigint | null {
    return this.currentVersion;
  }

  get flagCount(): number {
    return this.index.size;
  }

  /** People whose enrolments are cached (at most `maxCachedUsers`). */
  get cachedUserCount(): number {
    return this.users.size;
  }

  private cachedEnrolments(userId: string): UserEnrolments | undefined {
    const entry = this.users.get(userId);
    if (entry === undefined || entry.version !== this.currentVersion) return undefined;
    return entry.enrolments;
  }

  /**
   * Makes sure the person's explicit enrolments for the current version are cached, reading them through the
   * store when they are not (one indexed query per person per flag change). Stores without per-user lookups
   * have everything in the snapshot already. Rejects when the lookup fails: the caller decides.
   */
  async ensureUser(store: FlagStore, userId: string): Promise<void> {
    if (store.loadUserEnrolments === undefined) return;
    const entry = this.users.get(userId);
    if (entry !== undefined && entry.version === this.currentVersion) {
      // Most recently used goes to the end of the map's order; eviction takes from the front.
      this.users.delete(userId);
      this.users.set(userId, entry);
      return;
    }
    const version = this.currentVersion;
    const rows = await store.loadUserEnrolments(userId);
    this.remember(userId, rows, version);
  }

  /**
   * `ensureUser` for many people with one store query for those not cached (when the store can), so judging a
   * page of 2,000 people costs one lookup rather than 2,000. More people than the cache holds are looked up
   * anyway, and the earliest of them evicted again.
   */
  async ensureUsers(store: FlagStore, userIds: readonly string[]): Promise<void> {
    if (store.loadUserEnrolments === undefined) return;
    const missing = [...new Set(userIds)].filter((id) => this.cachedEnrolments(id) === undefined);
    if (missing.length === 0) return;
    if (store.loadUsersEnrolments === undefined) {
      for (const userId of missing) await this.ensureUser(store, userId);
      return;
    }
    const version = this.currentVersion;
    const rows = await store.loadUsersEnrolments(missing);
    const byUser = new Map<string, { flagKey: string; enabled: boolean }[]>();
    for (const row of rows) {
      const own = byUser.get(row.userId) ?? [];
      own.push(row);
      byUser.set(row.userId, own);
    }
    for (const userId of missing) this.remember(userId, byUser.get(userId) ?? [], version);
  }

  private remember(
    userId: string,
    rows: readonly { flagKey: string; enabled: boolean }[],
    version: bigint | null,
  ): void {
    const enrolments =
      rows.length === 0 ? NO_ENROLMENTS : new Map(rows.map((row) => [row.flagKey, row.enabled]));
    this.users.delete(userId);
    this.users.set(userId, { enrolments, version });
    while (this.users.size > this.maxCachedUsers) {
      const oldest = this.users.keys().next();
      if (oldest.done === true) break;
      this.users.delete(oldest.value);
    }
  }
  getFlag(flagKey: string): FlagSnapshot | undefined {
    return this.index.get(flagKey)?.snapshot;
  }

  /**
   * Hot path: no allocation. Mirrors `evaluateFlag` precedence; an unknown flag is off. A person's explicit
   * enrolments come from the snapshot or, for stores that look them up per person, from `ensureUser`.
   */
  isEnabled(userId: string, flagKey: string): boolean {
    const flag = this.index.get(flagKey);
    if (flag === undefined || flag.killSwitch) return false;
    const enrolled = flag.enrolments?.get(userId) ?? this.cachedEnrolments(userId)?.get(flagKey);
    if (enrolled !== undefined) return enrolled;
    if (flag.enabledGlobally) return true;
    const threshold = flag.thresholdBasisPoints;
    if (threshold === 0) return false;
    if (threshold === BUCKET_COUNT) return true;
    return isBucketInRollout(bucketFor(flagKey, userId), threshold);
  }

  /** Like `isEnabled` but says why; allocates, so meant for diagnostics and admin screens. */
  evaluate(userId: string, flagKey: string): FlagEvaluation {
    const flag = this.index.get(flagKey);
    if (flag === undefined) return { enabled: false, reason: "default_off" };
    const enrolled = flag.enrolments?.get(userId) ?? this.cachedEnrolments(userId)?.get(flagKey);
    return evaluateFlag(flag.snapshot, userId, enrolled === undefined ? undefined : { enabled: enrolled });
  }

  /**
   * Swaps in a new snapshot. The index is built aside and installed with one assignment, so a
   * reader never sees half of an update. Invalid flags are left out (and so read as off) rather
   * than failing the whole swap, which would also block a kill switch on a healthy flag.
   */
  replace(snapshot: FlagStoreSnapshot, now: number = this.clock()): { rejected: RejectedFlag[] } {
    const version = toVersion(snapshot.version);
    const { index, rejected } = buildIndex(snapshot);
    this.index = index;
    if (version !== this.currentVersion) this.users.clear();
    this.currentVersion = version;
    this.lastCheckStartedAt = now;
    this.lastFailureAt = null;
    return { rejected };
  }

  isStale(now: number = this.clock()): boolean {
    return this.lastCheckStartedAt === null || now - this.lastCheckStartedAt >= this.maxStalenessMs;
  }

  /**
   * Probes the store's version when the cache is older than `maxStalenessMs` and reloads the tables
   * only when the version differs. Concurrent callers share one probe. Never rejects: on failure the
   * previous snapshot keeps being served and the outcome carries the error for the caller to log.
   */
  refreshIfStale(store: FlagStore, now: number = this.clock()): Promise<RefreshOutcome> {
    if (this.inFlight !== null) return this.inFlight;
    if (!this.isStale(now)) return Promise.resolve({ status: "fresh" });
    if (this.lastFailureAt !== null && now - this.lastFailureAt < this.failureBackoffMs) {
      return Promise.resolve({ status: "backing_off" });
    }
    const attempt = this.probeAndReload(store, now).finally(() => {
      this.inFlight = null;
    });
    this.inFlight = attempt;
    return attempt;
  }

  private async probeAndReload(store: FlagStore, startedAt: number): Promise<RefreshOutcome> {
    try {
      const previousVersion = this.currentVersion;
      if (previousVersion !== null) {
        const latest = toVersion(await store.version());
        if (latest === previousVersion) {
          this.lastCheckStartedAt = startedAt;
          this.lastFailureAt = null;
          return { status: "unchanged", version: latest };
        }
      }
      const snapshot = await store.load();
      const { rejected } = this.replace(snapshot, startedAt);
      return { status: "reloaded", version: toVersion(snapshot.version), previousVersion, rejected };
    } catch (error) {
      this.lastFailureAt = startedAt;
      return { status: "failed", error };
    }
  }
}
