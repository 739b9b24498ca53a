import type { DayPlanSet } from "./enumerate-day-plans";

/**
 * Sorts plans by rank and keeps, for each set of recipes on the day, only the first plan.
 * Weekly uses and spacing see only which recipes a day holds, and leftover links only the recipe
 * at the linked slots (`linked`, kept in place), so a costlier plan with the same recipes can never
 * be needed in an optimal week. Rank and cost differ by row prices that depend on the recipes
 * alone, so within one set of recipes the order by rank is the order by cost.
 */
export function reduceDayPlans(set: DayPlanSet, levels: number, linked: readonly boolean[]): DayPlanSet {
  const S = set.slots;
  const order = Int32Array.from({ length: set.count }, (_, i) => i).sort(
    (a, b) => (set.rank[a] as number) - (set.rank[b] as number) || a - b,
  );
  const seen = new Set<string>();
  const keep: number[] = [];
  const free: number[] = [];
  const fixed: number[] = [];
  for (const i of order) {
    free.length = 0;
    fixed.length = 0;
    for (let k = 0; k < S; k++) {
      const r = Math.floor((set.options[i * S + k] as number) / levels);
      if (linked[k]) fixed.push(r);
      else free.push(r);
    }
    free.sort((a, b) => a - b);
    const key = `${free.join(",")}|${fixed.join(",")}`;
    if (seen.has(key)) continue;
    seen.add(key);
    keep.push(i);
  }
  const options = new Int32Array(keep.length * S);
  const rank = new Float64Array(keep.length);
  const cost = new Float64Array(keep.length);
  keep.forEach((i, j) => {
    options.set(set.options.subarray(i * S, i * S + S), j * S);
    rank[j] = set.rank[i] as number;
    cost[j] = set.cost[i] as number;
  });
  return { slots: S, count: keep.length, options, rank, cost };
}

/** The first plans of a rank-sorted set, up to and including rank `maxRank`. */
export function cheapestUpTo(set: DayPlanSet, maxRank: number): DayPlanSet {
  let n = 0;
  while (n < set.count && (set.rank[n] as number) <= maxRank) n++;
  return {
    slots: set.slots,
    count: n,
    options: set.options.subarray(0, n * set.slots),
    rank: set.rank.subarray(0, n),
    cost: set.cost.subarray(0, n),
  };
}
