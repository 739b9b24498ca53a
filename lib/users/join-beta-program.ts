import { db } from "@/lib/db";

/**
 * The "join the beta" opt-in: a row in `beta_program_enrollment`, which makes the person a beta tester
 * for the next canary cohort staff enrol (plan §2.3). Joining twice keeps the first date.
 */
export async function joinBetaProgram(userId: string): Promise<{ enrolledAt: Date }> {
  const row = await db.betaProgramEnrollment.upsert({
    where: { userId },
    create: { userId },
    update: {},
    select: { enrolledAt: true },
  });
  return row;
}

export async function isInBetaProgram(userId: string): Promise<boolean> {
  return (await db.betaProgramEnrollment.count({ where: { userId } })) > 0;
}
