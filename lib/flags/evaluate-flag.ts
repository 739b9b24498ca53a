/**
 * The single definition of flag precedence. `FlagCache.isEnabled` is a pre-indexed copy of this
 * logic for the hot path; a property test keeps the two in agreement.
 */
import { isInRollout } from "@/lib/flags/bucket";
import type { FlagSnapshot } from "@/lib/flags/flag-snapshot";

export type FlagReason = "kill_switch" | "user_enrolment" | "global" | "percentage" | "default_off";

export interface FlagEvaluation {
  enabled: boolean;
  reason: FlagReason;
}

/**
 * Order: kill switch → per-user enrolment (on or off) → global enable → percentage bucket → off.
 * Enrolment sits above global so a user who opted out stays out when the flag goes to 100 %, and
 * the kill switch sits above enrolment so a rollback reaches the canary cohort too.
 */
export function evaluateFlag(
  flag: FlagSnapshot,
  userId: string,
  enrolment?: { enabled: boolean },
): FlagEvaluation {
  if (flag.killSwitch) return { enabled: false, reason: "kill_switch" };
  if (enrolment !== undefined) return { enabled: enrolment.enabled, reason: "user_enrolment" };
  if (flag.enabledGlobally) return { enabled: true, reason: "global" };
  if (isInRollout(flag.key, userId, flag.rolloutPercentage)) return { enabled: true, reason: "percentage" };
  return { enabled: false, reason: "default_off" };
}
