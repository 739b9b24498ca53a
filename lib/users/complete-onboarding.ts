import { db } from "@/lib/db";

/** Marks onboarding finished (or skipped): a first sign-in is no longer sent there. */
export async function completeOnboarding(userId: string): Promise<void> {
  await db.user.updateMany({ where: { id: userId, onboardedAt: null }, data: { onboardedAt: new Date() } });
}

/** Whether to send a signed-in person to onboarding: never finished or skipped it, and has no targets. */
export async function needsOnboarding(userId: string): Promise<boolean> {
  const user = await db.user.findUnique({
    where: { id: userId },
    select: { onboardedAt: true, nutritionTarget: { select: { userId: true } } },
  });
  return Boolean(user && user.onboardedAt === null && user.nutritionTarget === null);
}
