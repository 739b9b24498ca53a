import type { PrismaClient } from "@/lib/generated/prisma/client";

/** Flags the product ships with, all off: turning them on is a staff decision made in the console. */
export const INITIAL_FLAGS = [
  { flagName: "phase3_generation_engine", description: "Weekly meal plan generation and automation loop" },
  { flagName: "fatsecret_autosync", description: "Push planned meals to the FatSecret diary" },
  { flagName: "plan_ready_email", description: "E-mail people when their weekly plan is ready" },
] as const;

export async function seedFlags(db: PrismaClient): Promise<number> {
  const result = await db.featureFlag.createMany({ data: [...INITIAL_FLAGS], skipDuplicates: true });
  return result.count;
}
