import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export const DeleteAccountSchema = z.object({
  /** typed by the person, so a stray click cannot delete an account */
  confirmation: z.literal("DELETE", { error: "Type DELETE in capitals to confirm." }),
});
export type DeleteAccount = z.infer<typeof DeleteAccountSchema>;

/** The address a deleted account keeps: unique, undeliverable (RFC 2606 `.invalid`), and not the person's. */
export function anonymisedEmail(userId: string): string {
  return `deleted-${userId}@deleted.invalid`;
}

/**
 * Deletes the person's account in one transaction: the user row stays (soft delete, `deleted_at`) so job and
 * audit history keep their shape, but everything personal is erased or anonymised, every session and
 * password is removed (signed out everywhere), and they leave every flag cohort. The e-mail address is
 * freed, so the same person can sign up again as a new account.
 */
export async function deleteMyAccount(userId: string): Promise<{ deletedAt: Date }> {
  const deletedAt = new Date();
  await db.$transaction(async (tx) => {
    const user = await tx.user.findFirst({ where: { id: userId, deletedAt: null }, select: { id: true } });
    if (!user) throw new AppError("NOT_FOUND", "Your account no longer exists.");
    await tx.user.update({
      where: { id: userId },
      data: {
        deletedAt,
        email: anonymisedEmail(userId),
        name: "Deleted user",
        image: null,
        emailVerified: false,
        tags: [],
        lastSignInAt: null,
      },
    });
    await tx.session.deleteMany({ where: { userId } });
    await tx.account.deleteMany({ where: { userId } });
    await tx.nutritionTarget.deleteMany({ where: { userId } });
    await tx.dietaryPreference.deleteMany({ where: { userId } });
    await tx.mealPlan.deleteMany({ where: { userId } });
    await tx.fatSecretDiaryEntry.deleteMany({ where: { userId } });
    await tx.fatSecretConnection.deleteMany({ where: { userId } });
    await tx.userFeatureFlag.deleteMany({ where: { userId } });
    await tx.betaProgramEnrollment.deleteMany({ where: { userId } });
    // Their weekly job goes too, so the fan-out never books a run for a deleted account.
    await tx.scheduledJob.deleteMany({ where: { userId } });
    // Sent mail stays countable for delivery metrics, without the address or the personal payload.
    await tx.emailOutbox.deleteMany({ where: { userId, status: "pending" } });
    await tx.emailOutbox.updateMany({
      where: { userId },
      data: { toAddress: anonymisedEmail(userId), payload: {} },
    });
  });
  return { deletedAt };
}
