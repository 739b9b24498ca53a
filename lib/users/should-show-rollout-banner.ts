import { db } from "@/lib/db";
import { GENERATION_FLAG } from "@/lib/plans";

/** The rollout plan's T+24h message: people the 25 % stage enrolled see it until they dismiss it. */
export const ROLLOUT_BANNER_SOURCE = "rollout_25";

/**
 * Whether to show the in-app rollout banner: enrolled (and still enabled) by the 25 % stage of the
 * generation flag, and never dismissed. One indexed lookup, so it can run on every page.
 */
export async function shouldShowRolloutBanner(userId: string): Promise<boolean> {
  const row = await db.userFeatureFlag.findFirst({
    where: {
      userId,
      flagName: GENERATION_FLAG,
      enabled: true,
      source: ROLLOUT_BANNER_SOURCE,
      user: { rolloutBannerDismissedAt: null, deletedAt: null },
    },
    select: { userId: true },
  });
  return row !== null;
}

/** Remembers the dismissal on the account, so the banner stays gone on every device. */
export async function dismissRolloutBanner(userId: string): Promise<void> {
  await db.user.updateMany({
    where: { id: userId, rolloutBannerDismissedAt: null },
    data: { rolloutBannerDismissedAt: new Date() },
  });
}
