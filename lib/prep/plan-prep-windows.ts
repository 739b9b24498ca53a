export interface PrepWindow {
  /** the day the batch session happens; -1 is the day before the week */
  sessionDay: number;
  /** the plan days whose meals it prepares */
  days: readonly number[];
}

/**
 * Batch sessions: one before the week for days 0–2 and one on the evening of day 2 for days 3–6,
 * because cooked grains and chopped vegetables keep 3–4 days in the fridge. Without the midweek
 * session, the first one covers the whole week and the food-safety margin is the cook's call.
 */
export function planPrepWindows(midweekSession: boolean): PrepWindow[] {
  if (!midweekSession) return [{ sessionDay: -1, days: [0, 1, 2, 3, 4, 5, 6] }];
  return [
    { sessionDay: -1, days: [0, 1, 2] },
    { sessionDay: 2, days: [3, 4, 5, 6] },
  ];
}
