/**
 * Sticky percentage bucketing.
 *
 * bucket = murmur3_x86_32(`${flagKey}:${userId}`, seed 0) mod 10 000, i.e. a basis point in [0, 10 000).
 * A user is in a p % rollout when bucket < p × 100. Because the threshold only moves, never the
 * bucket, raising 5 % → 25 % keeps every user who was already in, and lowering the percentage
 * drops the highest buckets first (the users who joined last). Prefixing the flag key gives each
 * flag an independent ordering, so the same users are not always the guinea pigs.
 *
 * Unleash's `normalizedValue(userId, flagKey, 10000)` equals bucket + 1 (it is 1-based).
 * The modulo bias is 7 296 / 2^32 ≈ 2·10⁻⁶ per bucket — far below anything observable.
 */
import { hashFlagUser } from "@/lib/flags/hash-key";

/** Basis points: 10 000 buckets allow percentages with two decimals (12.34 %). */
export const BUCKET_COUNT = 10_000;

/** The user's sticky bucket for this flag, an integer in [0, 10 000). */
export function bucketFor(flagKey: string, userId: string): number {
  return hashFlagUser(flagKey, userId) % BUCKET_COUNT;
}

/**
 * Converts a percentage (0–100, up to two decimals) to the bucket threshold. Rounding rather than
 * truncating absorbs float noise such as 0.29 × 100 = 28.999999999999996.
 */
export function percentageToBasisPoints(percentage: number): number {
  if (!Number.isFinite(percentage) || percentage <= 0) return 0;
  if (percentage >= 100) return BUCKET_COUNT;
  return Math.round(percentage * 100);
}

/** Whether the bucket falls inside a rollout whose threshold is given in basis points. */
export function isBucketInRollout(bucket: number, thresholdBasisPoints: number): boolean {
  return bucket < thresholdBasisPoints;
}

/** Whether the user falls inside a `percentage` % rollout of this flag. */
export function isInRollout(flagKey: string, userId: string, percentage: number): boolean {
  const threshold = percentageToBasisPoints(percentage);
  if (threshold === 0) return false;
  if (threshold === BUCKET_COUNT) return true;
  return isBucketInRollout(bucketFor(flagKey, userId), threshold);
}
