/**
 * Demo plans through the product's own path: the beta testers are enrolled in the generation flag's canary
 * cohort the way staff would (an audited cohort enrolment), everyone with targets gets their weekly job,
 * and each person the flag enables gets this week's plan and the three before it, made by the real planner
 * and stored by the real persistence code. Uses the app's database client, so the environment must point
 * at the database being seeded (prepareDatabase sees to that).
 */
import { DateTime } from "luxon";
import { enrolCohort, isFeatureEnabled } from "@/lib/flags/server";
import { GENERATION_FLAG, scheduleWeeklyGeneration } from "@/lib/jobs";
import { currentWeekStart, generatePlanForUser } from "@/lib/plans";
import { db } from "@/lib/db";

export const DEMO_PLAN_WEEKS = 4;

export async function seedDemoPlans(
  now = new Date(),
): Promise<{ enrolled: number; people: number; plans: number }> {
  const cohort = await enrolCohort(
    {
      flagName: GENERATION_FLAG,
      cohort: "beta_testers",
      targetPercent: 5,
      actor: { id: null, label: "system:demo-seed" },
      reason: "Demo data: the canary cohort of beta testers",
    },
    now,
  );
  const people = await db.user.findMany({
    where: { nutritionTarget: { isNot: null }, dietaryPreference: { isNot: null } },
    select: { id: true, dietaryPreference: { select: { timeZone: true } } },
    orderBy: { email: "asc" },
  });
  let plans = 0;
  let planned = 0;
  for (const person of people) {
    await scheduleWeeklyGeneration(person.id, { now });
    if (!(await isFeatureEnabled({ id: person.id }, GENERATION_FLAG))) continue;
    planned += 1;
    const thisWeek = DateTime.fromISO(currentWeekStart(now, person.dietaryPreference?.timeZone ?? "UTC"));
    // Oldest first, so each week avoids the recipes of the one before, as the weekly job does.
    for (let weeksAgo = DEMO_PLAN_WEEKS - 1; weeksAgo >= 0; weeksAgo -= 1) {
      await generatePlanForUser(person.id, thisWeek.minus({ weeks: weeksAgo }).toISODate() ?? "");
      plans += 1;
    }
  }
  return { enrolled: cohort.enrolledCount, people: planned, plans };
}
