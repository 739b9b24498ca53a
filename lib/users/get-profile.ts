import { db } from "@/lib/db";

/** The signed-in person's own targets and preferences; always scoped by the session's user id. */
export async function getProfile(userId: string) {
  return db.user.findUnique({
    where: { id: userId },
    select: {
      id: true,
      name: true,
      email: true,
      nutritionTarget: { select: { kcal: true, proteinG: true, carbsG: true, fatG: true } },
      dietaryPreference: {
        select: {
          diet: true,
          allergens: true,
          dislikes: true,
          mealsPerDay: true,
          householdSize: true,
          timeZone: true,
          planWeekday: true,
          planHour: true,
          emailOptIn: true,
        },
      },
    },
  });
}

export type Profile = NonNullable<Awaited<ReturnType<typeof getProfile>>>;
