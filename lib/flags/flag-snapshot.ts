/**
 * The shape of a feature flag as the evaluation code sees it. Persistence maps rows to this; the
 * schema is exported so the admin write path can reject a bad value before it reaches the table.
 */
import { z } from "zod";

function hasAtMostTwoDecimals(value: number): boolean {
  // Compare in basis points with a tolerance: 12.34 × 100 is 1233.9999999999998 in binary floats.
  const basisPoints = value * 100;
  return Math.abs(basisPoints - Math.round(basisPoints)) < 1e-6;
}

export const flagSnapshotSchema = z.object({
  key: z.string().min(1),
  enabledGlobally: z.boolean(),
  /** Percentage of users (by sticky bucket) who get the flag; 0–100 with at most two decimals. */
  rolloutPercentage: z.number().min(0).max(100).refine(hasAtMostTwoDecimals, {
    message: "The percentage allows at most two decimals, such as 12.5 or 12.34.",
  }),
  /** Beats everything, including per-user enrolment: the rollback lever. */
  killSwitch: z.boolean(),
  version: z.number().int().nonnegative().optional(),
});

export type FlagSnapshot = z.infer<typeof flagSnapshotSchema>;

/** A per-user override; `enabled: false` is an explicit opt-out that beats global enablement. */
export interface FlagEnrolment {
  flagKey: string;
  userId: string;
  enabled: boolean;
}
