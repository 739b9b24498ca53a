import { z } from "zod";
import { ALLERGENS, DIETS } from "@/lib/catalogue/types";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { scheduleWeeklyGeneration } from "@/lib/jobs/schedule-weekly-generation";

// Same bounds as the planner's request: wide enough for any adult, narrow enough to catch kJ typed as kcal.
export const ProfileUpdateSchema = z
  .object({
    kcal: z.coerce
      .number()
      .int()
      .min(800, "Energy must be at least 800 kcal.")
      .max(6000, "Energy must be at most 6000 kcal."),
    proteinG: z.coerce.number().int().min(10).max(400),
    carbsG: z.coerce.number().int().min(10).max(900),
    fatG: z.coerce.number().int().min(10).max(350),
    diet: z.enum(DIETS),
    allergens: z.array(z.enum(ALLERGENS)).default([]),
    mealsPerDay: z.coerce.number().int().min(3).max(5),
    householdSize: z.coerce.number().int().min(1).max(12),
    timeZone: z
      .string()
      .refine((tz) => Intl.supportedValuesOf("timeZone").includes(tz) || tz === "UTC", "Unknown time zone."),
    planWeekday: z.coerce.number().int().min(1).max(7),
    planHour: z.coerce.number().int().min(0).max(23),
    emailOptIn: z.boolean(),
  })
  .refine((p) => Math.abs(p.proteinG * 4 + p.carbsG * 4 + p.fatG * 9 - p.kcal) / p.kcal <= 0.3, {
    message: "Protein, carbs and fat add up to more than 30 % away from the energy target.",
    path: ["kcal"],
  });
export type ProfileUpdate = z.infer<typeof ProfileUpdateSchema>;

/** Saves the signed-in person's own targets and preferences (never anyone else's: the id is the session's). */
export async function updateProfile(userId: string, input: ProfileUpdate): Promise<void> {
  const exists = await db.user.findUnique({ where: { id: userId }, select: { id: true } });
  if (!exists) throw new AppError("NOT_FOUND", "Your account no longer exists.");
  const target = { kcal: input.kcal, proteinG: input.proteinG, carbsG: input.carbsG, fatG: input.fatG };
  const preference = {
    diet: input.diet,
    allergens: input.allergens,
    mealsPerDay: input.mealsPerDay,
    householdSize: input.householdSize,
    timeZone: input.timeZone,
    planWeekday: input.planWeekday,
    planHour: input.planHour,
    emailOptIn: input.emailOptIn,
  };
  await db.$transaction(async (tx) => {
    await tx.nutritionTarget.upsert({ where: { userId }, create: { userId, ...target }, update: target });
    await tx.dietaryPreference.upsert({
      where: { userId },
      create: { userId, ...preference },
      update: preference,
    });
    // The weekly job follows the plan day, hour and time zone just saved.
    await scheduleWeeklyGeneration(userId, { client: tx });
  });
}
