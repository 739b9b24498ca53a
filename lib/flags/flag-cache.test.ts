import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { evaluateFlag } from "@/lib/flags/evaluate-flag";
import {
  DEFAULT_MAX_STALENESS_MS,
  FlagCache,
  type FlagStore,
  type FlagStoreSnapshot,
} from "@/lib/flags/flag-cache";
import type { FlagSnapshot } from "@/lib/flags/flag-snapshot";

const FLAG = "phase3_generation_engine";

function flag(overrides: Partial<FlagSnapshot> = {}): FlagSnapshot {
  return { key: FLAG, enabledGlobally: false, rolloutPercentage: 0, killSwitch: false, ...overrides };
}

/** A store whose data can be changed "from another instance" and which counts its calls. */
class FakeStore implements FlagStore {
  versionCalls = 0;
  loadCalls = 0;
  failNext = false;
  constructor(public data: FlagStoreSnapshot) {}

  async version(): Promise<bigint | number> {
    this.versionCalls++;
    if (this.failNext) {
      this.failNext = false;
      throw new Error("database unavailable");
    }
    return this.data.version;
  }

  async load(): Promise<FlagStoreSnapshot> {
    this.loadCalls++;
    return structuredClone(this.data);
  }
}

describe("FlagCache.isEnabled", () => {
  it("agrees with evaluateFlag for any flag, enrolment and user", () => {
    const flagArb = fc.record({
      key: fc.constantFrom("a", "b", "phase3"),
      enabledGlobally: fc.boolean(),
      rolloutPercentage: fc.integer({ min: 0, max: 10_000 }).map((bp) => bp / 100),
      killSwitch: fc.boolean(),
    });
    fc.assert(
      fc.property(
        flagArb,
        fc.string({ minLength: 1, maxLength: 12 }),
        fc.option(fc.boolean(), { nil: undefined }),
        (snapshot, userId, enrolled) => {
          const cache = new FlagCache({ clock: () => 0 });
          cache.replace({
            flags: [snapshot],
            enrolments: enrolled === undefined ? [] : [{ flagKey: snapshot.key, userId, enabled: enrolled }],
            version: 1,
          });
          const expected = evaluateFlag(
            snapshot,
            userId,
            enrolled === undefined ? undefined : { enabled: enrolled },
          );
          expect(cache.isEnabled(userId, snapshot.key)).toBe(expected.enabled);
          expect(cache.evaluate(userId, snapshot.key)).toEqual(expected);
        },
      ),
      { numRuns: 3_000 },
    );
  });

  it("treats an unknown flag as off", () => {
    const cache = new FlagCache();
    expect(cache.isEnabled("u", "missing")).toBe(false);
    expect(cache.evaluate("u", "missing")).toEqual({ enabled: false, reason: "default_off" });
  });

  it("uses enrolments only for their own flag", () => {
    const cache = new FlagCache({ clock: () => 0 });
    cache.replace({
      flags: [flag(), flag({ key: "other" })],
      enrolments: [{ flagKey: FLAG, userId: "canary", enabled: true }],
      version: 1,
    });
    expect(cache.isEnabled("canary", FLAG)).toBe(true);
    expect(cache.isEnabled("canary", "other")).toBe(false);
    expect(cache.isEnabled("someone-else", FLAG)).toBe(false);
  });
});

describe("FlagCache.replace", () => {
  it("swaps the whole snapshot at once", () => {
    const cache = new FlagCache({ clock: () => 0 });
    cache.replace({ flags: [flag({ enabledGlobally: true })], enrolments: [], version: 1 });
    expect(cache.isEnabled("u", FLAG)).toBe(true);
    cache.replace({ flags: [flag({ key: "new" })], enrolments: [], version: 2 });
    expect(cache.isEnabled("u", FLAG)).toBe(false);
    expect(cache.getFlag("new")).toBeDefined();
    expect(cache.version).toBe(2n);
  });

  it("leaves out invalid or duplicated flags (read as off) without blocking the others", () => {
    const cache = new FlagCache({ clock: () => 0 });
    const { rejected } = cache.replace({
      flags: [
        flag({ key: "bad-percent", enabledGlobally: true, rolloutPercentage: 12.345 }),
        flag({ key: "dup", enabledGlobally: true }),
        flag({ key: "dup", enabledGlobally: false }),
        flag({ key: "healthy", killSwitch: true }),
        flag({ key: "on", enabledGlobally: true }),
      ],
      enrolments: [{ flagKey: "bad-percent", userId: "u", enabled: true }],
      version: 7,
    });
    expect(rejected.map((r) => r.key).sort()).toEqual(["bad-percent", "dup"]);
    expect(cache.isEnabled("u", "bad-percent")).toBe(false);
    expect(cache.isEnabled("u", "dup")).toBe(false);
    expect(cache.isEnabled("u", "healthy")).toBe(false);
    expect(cache.isEnabled("u", "on")).toBe(true);
  });
});

describe("FlagCache.refreshIfStale", () => {
  it("defaults to a staleness of at most 5 seconds", () => {
    expect(DEFAULT_MAX_STALENESS_MS).toBeLessThanOrEqual(5_000);
    expect(new FlagCache().maxStalenessMs).toBeLessThanOrEqual(5_000);
  });

  it("loads the tables on first use without probing the version", async () => {
    const store = new FakeStore({ flags: [flag({ enabledGlobally: true })], enrolments: [], version: 1 });
    const cache = new FlagCache({ clock: () => 0 });
    const outcome = await cache.refreshIfStale(store);
    expect(outcome).toMatchObject({ status: "reloaded", version: 1n, previousVersion: null });
    expect(store.versionCalls).toBe(0);
    expect(store.loadCalls).toBe(1);
    expect(cache.isEnabled("u", FLAG)).toBe(true);
  });

  it("sees a change made on another instance within 5 seconds (fake clock)", async () => {
    let now = 0;
    const store = new FakeStore({ flags: [flag({ enabledGlobally: true })], enrolments: [], version: 1 });
    const cache = new FlagCache({ clock: () => now });
    await cache.refreshIfStale(store);

    // Another instance flips the kill switch 1 ms after our check.
    now = 1;
    store.data = { flags: [flag({ enabledGlobally: true, killSwitch: true })], enrolments: [], version: 2 };

    now = 4_999;
    expect(await cache.refreshIfStale(store)).toEqual({ status: "fresh" });
    expect(store.versionCalls).toBe(0);
    expect(cache.isEnabled("u", FLAG)).toBe(true);

    now = 5_000;
    expect(await cache.refreshIfStale(store)).toMatchObject({
      status: "reloaded",
      version: 2n,
      previousVersion: 1n,
    });
    expect(store.versionCalls).toBe(1);
    expect(store.loadCalls).toBe(2);
    expect(cache.isEnabled("u", FLAG)).toBe(false);
  });

  it("skips reloading the tables when the version is unchanged", async () => {
    let now = 0;
    const store = new FakeStore({ flags: [flag()], enrolments: [], version: 41n });
    const cache = new FlagCache({ clock: () => now });
    await cache.refreshIfStale(store);
    for (let i = 1; i <= 5; i++) {
      now = i * 5_000;
      expect(await cache.refreshIfStale(store)).toEqual({ status: "unchanged", version: 41n });
    }
    expect(store.versionCalls).toBe(5);
    expect(store.loadCalls).toBe(1);
  });

  it("compares number and bigint versions by value", async () => {
    let now = 0;
    const store = new FakeStore({ flags: [flag()], enrolments: [], version: 5 });
    const cache = new FlagCache({ clock: () => now });
    await cache.refreshIfStale(store);
    store.version = async () => 5n;
    now = 5_000;
    expect(await cache.refreshIfStale(store)).toEqual({ status: "unchanged", version: 5n });
  });

  it("shares one probe between concurrent callers", async () => {
    let now = 0;
    const store = new FakeStore({ flags: [flag()], enrolments: [], version: 1 });
    const cache = new FlagCache({ clock: () => now });
    await cache.refreshIfStale(store);
    now = 6_000;
    const outcomes = await Promise.all([cache.refreshIfStale(store), cache.refreshIfStale(store)]);
    expect(outcomes).toEqual([
      { status: "unchanged", version: 1n },
      { status: "unchanged", version: 1n },
    ]);
    expect(store.versionCalls).toBe(1);
  });

  it("keeps serving the last snapshot when the store fails, backs off, then retries", async () => {
    let now = 0;
    const store = new FakeStore({ flags: [flag({ enabledGlobally: true })], enrolments: [], version: 1 });
    const cache = new FlagCache({ clock: () => now, failureBackoffMs: 1_000 });
    await cache.refreshIfStale(store);

    now = 5_000;
    store.failNext = true;
    const failed = await cache.refreshIfStale(store);
    expect(failed.status).toBe("failed");
    expect(cache.isEnabled("u", FLAG)).toBe(true);

    now = 5_500;
    expect(await cache.refreshIfStale(store)).toEqual({ status: "backing_off" });

    now = 6_000;
    expect(await cache.refreshIfStale(store)).toEqual({ status: "unchanged", version: 1n });
    expect(cache.isStale(6_001)).toBe(false);
  });

  it("treats a non-integer version from the store as a failure and keeps the old snapshot", async () => {
    let now = 0;
    const store = new FakeStore({ flags: [flag({ enabledGlobally: true })], enrolments: [], version: 1 });
    const cache = new FlagCache({ clock: () => now });
    await cache.refreshIfStale(store);
    store.data = { flags: [], enrolments: [], version: 1.5 };
    now = 5_000;
    expect((await cache.refreshIfStale(store)).status).toBe("failed");
    expect(cache.isEnabled("u", FLAG)).toBe(true);
    expect(cache.version).toBe(1n);
  });
});

/** A store that, like the database one, serves enrolments per person instead of in the snapshot. */
class PerUserStore extends FakeStore {
  lookups: string[] = [];
  constructor(
    data: FlagStoreSnapshot,
    public enrolments: Map<string, { flagKey: string; enabled: boolean }[]>,
  ) {
    super(data);
  }
  async loadUserEnrolments(userId: string) {
    this.lookups.push(userId);
    return structuredClone(this.enrolments.get(userId) ?? []);
  }
}

describe("FlagCache per-person enrolments", () => {
  const snapshot = (version: number): FlagStoreSnapshot => ({
    flags: [flag({ rolloutPercentage: 0 })],
    enrolments: [],
    version,
  });

  it("looks a person up once, serves them from memory, and keeps at most maxCachedUsers", async () => {
    const store = new PerUserStore(
      snapshot(1),
      new Map([
        ["alice", [{ flagKey: FLAG, enabled: true }]],
        ["bob", [{ flagKey: FLAG, enabled: false }]],
      ]),
    );
    const cache = new FlagCache({ maxCachedUsers: 2, clock: () => 0 });
    await cache.refreshIfStale(store);

    await cache.ensureUser(store, "alice");
    await cache.ensureUser(store, "alice");
    expect(cache.isEnabled("alice", FLAG)).toBe(true);
    expect(cache.evaluate("alice", FLAG)).toEqual({ enabled: true, reason: "user_enrolment" });
    await cache.ensureUser(store, "bob");
    await cache.ensureUser(store, "carol");
    expect(store.lookups).toEqual(["alice", "bob", "carol"]);
    expect(cache.cachedUserCount).toBe(2);
    // alice was least recently used, so she was evicted; asking again reads her again.
    await cache.ensureUser(store, "alice");
    expect(store.lookups).toEqual(["alice", "bob", "carol", "alice"]);
    expect(cache.isEnabled("bob", FLAG)).toBe(false);
  });

  it("drops cached people when the version moves, so a changed enrolment is read again", async () => {
    let now = 0;
    const store = new PerUserStore(snapshot(1), new Map([["alice", [{ flagKey: FLAG, enabled: true }]]]));
    const cache = new FlagCache({ clock: () => now });
    await cache.refreshIfStale(store);
    await cache.ensureUser(store, "alice");
    expect(cache.isEnabled("alice", FLAG)).toBe(true);

    store.enrolments.set("alice", [{ flagKey: FLAG, enabled: false }]);
    store.data = snapshot(2);
    now += DEFAULT_MAX_STALENESS_MS;
    await cache.refreshIfStale(store);
    // Before the lookup the stale entry is not served: she is judged by the flag alone (0 % → off).
    expect(cache.isEnabled("alice", FLAG)).toBe(false);
    expect(cache.cachedUserCount).toBe(0);
    await cache.ensureUser(store, "alice");
    expect(cache.evaluate("alice", FLAG)).toEqual({ enabled: false, reason: "user_enrolment" });
  });

  it("never serves an entry looked up under an older version that raced a reload", async () => {
    let now = 0;
    let release: () => void = () => {};
    const store = new PerUserStore(snapshot(1), new Map([["alice", [{ flagKey: FLAG, enabled: true }]]]));
    const cache = new FlagCache({ clock: () => now });
    await cache.refreshIfStale(store);
    const slow = store.loadUserEnrolments.bind(store);
    store.loadUserEnrolments = async (userId: string) => {
      await new Promise<void>((resolve) => (release = resolve));
      return slow(userId);
    };
    const lookup = cache.ensureUser(store, "alice");
    store.data = snapshot(2);
    now += DEFAULT_MAX_STALENESS_MS;
    await cache.refreshIfStale(store);
    release();
    await lookup;
    expect(cache.isEnabled("alice", FLAG)).toBe(false);
  });
});

/** A per-person store that can also answer for many people at once, counting its queries. */
class PageStore extends PerUserStore {
  pageLookups: string[][] = [];
  async loadUsersEnrolments(userIds: string[]) {
    this.pageLookups.push([...userIds]);
    return userIds.flatMap((userId) =>
      (this.enrolments.get(userId) ?? []).map((row) => ({ userId, ...row })),
    );
  }
}

describe("FlagCache page preloads", () => {
  const snapshot: FlagStoreSnapshot = { flags: [flag({ rolloutPercentage: 0 })], enrolments: [], version: 1 };

  it("reads a page of people in one query, skips those cached, and judges each as a single lookup would", async () => {
    const store = new PageStore(
      snapshot,
      new Map([
        ["alice", [{ flagKey: FLAG, enabled: true }]],
        ["bob", [{ flagKey: FLAG, enabled: false }]],
      ]),
    );
    const cache = new FlagCache({ clock: () => 0 });
    await cache.refreshIfStale(store);
    await cache.ensureUser(store, "alice");

    await cache.ensureUsers(store, ["alice", "bob", "carol", "bob"]);
    expect(store.pageLookups).toEqual([["bob", "carol"]]);
    await cache.ensureUsers(store, ["bob", "carol"]);
    expect(store.pageLookups).toHaveLength(1);
    expect(store.lookups).toEqual(["alice"]);
    expect(cache.evaluate("alice", FLAG)).toEqual({ enabled: true, reason: "user_enrolment" });
    expect(cache.evaluate("bob", FLAG)).toEqual({ enabled: false, reason: "user_enrolment" });
    expect(cache.isEnabled("carol", FLAG)).toBe(false);
    expect(cache.cachedUserCount).toBe(3);
  });

  it("keeps the bound when a page is larger than the cache, and falls back to single lookups without a page query", async () => {
    const store = new PageStore(snapshot, new Map([["dave", [{ flagKey: FLAG, enabled: true }]]]));
    const cache = new FlagCache({ maxCachedUsers: 2, clock: () => 0 });
    await cache.refreshIfStale(store);
    await cache.ensureUsers(store, ["a", "b", "c", "dave"]);
    expect(cache.cachedUserCount).toBe(2);
    expect(cache.isEnabled("dave", FLAG)).toBe(true);

    const single = new PerUserStore(snapshot, new Map([["erin", [{ flagKey: FLAG, enabled: true }]]]));
    const other = new FlagCache({ clock: () => 0 });
    await other.refreshIfStale(single);
    await other.ensureUsers(single, ["erin", "frank"]);
    expect(single.lookups).toEqual(["erin", "frank"]);
    expect(other.isEnabled("erin", FLAG)).toBe(true);
  });
});
