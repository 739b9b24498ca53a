/**
 * Throughput of cached flag checks on one core, plus bucket-uniformity stats.
 * Run: npx tsx scripts/bench-flags.ts
 */
import { performance } from "node:perf_hooks";
import { mulberry32 } from "@/lib/random/mulberry32";
import {
  BUCKET_COUNT,
  bucketFor,
  FlagCache,
  isInRollout,
  type FlagEnrolment,
  type FlagSnapshot,
} from "@/lib/flags";

const FLAG_COUNT = 20;
const USER_COUNT = 100_000;
const ENROLMENT_SHARE = 0.05;
const WARMUP_EVALUATIONS = 2_000_000;
const ROUND_EVALUATIONS = 5_000_000;
const ROUNDS = 7;
const TARGET_OPS_PER_SECOND = 1_000_000;

const median = (values: number[]): number => {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2;
};

const format = (n: number): string => Math.round(n).toLocaleString("en-US");

// A deterministic PRNG so runs are comparable.
const prng = mulberry32;

const random = prng(42);
const userIds = Array.from(
  { length: USER_COUNT },
  (_, i) => `usr_${i.toString(36).padStart(8, "0")}_${i % 97}`,
);

// A realistic mix: most flags mid-rollout (so most checks hash), a few global, one killed, one off.
const flags: FlagSnapshot[] = Array.from({ length: FLAG_COUNT }, (_, i) => ({
  key: `flag_${i}_${["generation_engine", "auto_sync", "weekly_email", "grocery_v2"][i % 4]}`,
  enabledGlobally: i % 7 === 3,
  rolloutPercentage: [5, 12.5, 25, 50, 0, 75][i % 6] ?? 0,
  killSwitch: i === FLAG_COUNT - 1,
  version: 1,
}));

const enrolments: FlagEnrolment[] = [];
for (const flag of flags) {
  for (const userId of userIds) {
    if (random() < ENROLMENT_SHARE) enrolments.push({ flagKey: flag.key, userId, enabled: random() < 0.9 });
  }
}

const cache = new FlagCache();
const buildStart = performance.now();
cache.replace({ flags, enrolments, version: 1n });
const buildMs = performance.now() - buildStart;

interface Workload {
  users: string[];
  flagKeys: string[];
  mask: number;
}

/**
 * Pre-drawn (user, flag) pairs so the timed loop measures isEnabled, not the PRNG. The size is a
 * power of two so the index wraps with a mask.
 */
function drawWorkload(pairs: number): Workload {
  const users = new Array<string>(pairs);
  const flagKeys = new Array<string>(pairs);
  for (let i = 0; i < pairs; i++) {
    users[i] = userIds[Math.floor(random() * USER_COUNT)] ?? "";
    flagKeys[i] = flags[Math.floor(random() * FLAG_COUNT)]?.key ?? "";
  }
  return { users, flagKeys, mask: pairs - 1 };
}

function run(workload: Workload, evaluations: number): { ms: number; enabled: number } {
  const { users, flagKeys, mask } = workload;
  let enabled = 0;
  const start = performance.now();
  for (let i = 0; i < evaluations; i++) {
    const slot = i & mask;
    if (cache.isEnabled(users[slot] ?? "", flagKeys[slot] ?? "")) enabled++;
  }
  return { ms: performance.now() - start, enabled };
}

function measure(workload: Workload): { medianOps: number; bestOps: number; enabledShare: number } {
  run(workload, WARMUP_EVALUATIONS);
  const opsPerSecond: number[] = [];
  let enabledShare = 0;
  for (let round = 1; round <= ROUNDS; round++) {
    const { ms, enabled } = run(workload, ROUND_EVALUATIONS);
    const ops = (ROUND_EVALUATIONS / ms) * 1_000;
    opsPerSecond.push(ops);
    enabledShare = enabled / ROUND_EVALUATIONS;
    console.log(
      `  round ${round}: ${format(ROUND_EVALUATIONS)} evaluations in ${ms.toFixed(1)} ms → ` +
        `${format(ops)} ops/s (${((ms * 1e6) / ROUND_EVALUATIONS).toFixed(1)} ns/op)`,
    );
  }
  return { medianOps: median(opsPerSecond), bestOps: Math.max(...opsPerSecond), enabledShare };
}

function summarise(
  label: string,
  result: { medianOps: number; bestOps: number; enabledShare: number },
): void {
  console.log(
    `${label}: median ${format(result.medianOps)} ops/s (${(1e9 / result.medianOps).toFixed(1)} ns/op), ` +
      `best ${format(result.bestOps)} ops/s (${(1e9 / result.bestOps).toFixed(1)} ns/op); ` +
      `${(result.enabledShare * 100).toFixed(1)} % of checks were on`,
  );
}

console.log(`flag-cache bench — node ${process.version}, ${process.arch}, one thread`);
console.log(
  `setup: ${FLAG_COUNT} flags, ${format(USER_COUNT)} users, ${format(enrolments.length)} enrolments ` +
    `(${ENROLMENT_SHARE * 100} % per flag); index built in ${buildMs.toFixed(1)} ms`,
);

// Headline number: uniformly random (user, flag) pairs over all 100k users, so most lookups miss
// the CPU cache — the pessimistic case.
console.log("random pairs across all users (cache-cold):");
const cold = measure(drawWorkload(1 << 20));
summarise("isEnabled (cold)", cold);
console.log(
  `target > ${format(TARGET_OPS_PER_SECOND)} ops/s: ${cold.medianOps > TARGET_OPS_PER_SECOND ? "met" : "NOT MET"}`,
);

// A request checks a handful of flags for one user, so its data is usually cache-resident.
console.log("1,024 repeating pairs (cache-hot, closer to one request's pattern):");
summarise("isEnabled (hot)", measure(drawWorkload(1 << 10)));

// Uniformity: share of users per percentile bin for one flag, and the rollout sizes it produces.
const uniformityFlag = flags[0]?.key ?? "flag";
const bins = new Array<number>(100).fill(0);
let chiSquare = 0;
for (const userId of userIds) {
  const bin = Math.floor((bucketFor(uniformityFlag, userId) * 100) / BUCKET_COUNT);
  bins[bin] = (bins[bin] ?? 0) + 1;
}
const expected = USER_COUNT / 100;
for (const count of bins) chiSquare += (count - expected) ** 2 / expected;
const shares = bins.map((count) => (count / USER_COUNT) * 100);
const maxDeviation = Math.max(...shares.map((share) => Math.abs(share - 1)));
console.log(
  `bucket uniformity ("${uniformityFlag}", ${format(USER_COUNT)} users, 100 bins): ` +
    `min ${Math.min(...shares).toFixed(3)} %, max ${Math.max(...shares).toFixed(3)} %, ` +
    `max |deviation| ${maxDeviation.toFixed(3)} pp (limit 0.2), χ² ${chiSquare.toFixed(1)} on 99 df ` +
    `(95 % critical value 123.2)`,
);
for (const percentage of [5, 25, 50]) {
  const admitted = userIds.filter((userId) => isInRollout(uniformityFlag, userId, percentage)).length;
  console.log(`  ${percentage} % rollout admits ${((admitted / USER_COUNT) * 100).toFixed(2)} % of users`);
}
