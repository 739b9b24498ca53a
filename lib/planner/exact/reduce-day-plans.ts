import type { DayPlanSet } from "./enumerate-day-plans";

/**
 * Sorts plans by cost and keeps, for each set of recipes on the day, only the cheapest plan.
 * Weekly uses and spacing see only which recipes a day holds, and leftover links only the recipe
 * at the linked slots (`linked`, kept in place), so a costlier plan with the same recipes can never
 * be needed in an optimal week.
 */
export function reduceDayPlans(set: DayPlanSet, levels: number, linked: readonly boolean[]): DayPlanSet {
  const S = set.slots;
  const order = Int32Array.from({ length: set.count }, (_, i) => i).sort(
    (a, b) => (set.cost[a] as number) - (set.cost[b] as number) || a - b,
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
  const cost = new Float64Array(keep.length);
  keep.forEach((i, j) => {
    options.set(set.options.subarray(i * S, i * S + S), j * S);
    cost[j] = set.cost[i] as number;
  });
  return { slots: S, count: keep.length, options, cost };
}

/** The cheapest plans of a cost-sorted set, up to and including `maxCost`. */
export function cheapestUpTo(set: DayPlanSet, maxCost: number): DayPlanSet {
  let n = 0;
  while (n < set.count && (set.cost[n] as number) <= maxCost) n++;
  return {
    slots: set.slots,
    count: n,
    options: set.options.subarray(0, n * set.slots),
    cost: set.cost.subarray(0, n),
  };
}
