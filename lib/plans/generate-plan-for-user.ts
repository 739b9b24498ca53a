import { setImmediate as yieldToEventLoop } from "node:timers/promises";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { runRecordedJob } from "@/lib/jobs/run-recorded-job";
import { generateWeekPlan } from "@/lib/planner";
import { buildPlanRequest, type PlanningProfile } from "@/lib/plans/build-plan-request";
import { getCatalogue, type LoadedCatalogue } from "@/lib/plans/load-catalogue";
import { lastWeekRecipeSlugsFor } from "@/lib/plans/insert-plan-rows";
import { observePlanGeneration } from "@/lib/observability/observe-plan-generation";
import { prepareWeek, storePreparedWeeks, type PreparedWeek } from "@/lib/plans/store-planned-weeks";

export { ENGINE_VERSION } from "@/lib/plans/store-planned-weeks";

export interface GeneratedPlan {
  mealPlanId: string;
  weekStart: string;
  meanAbsDeviationPct: number;
  relaxations: number;
}

export interface GeneratePlanOptions {
  /** The catalogue to plan from; by default the process's cached copy. */
  catalogue?: LoadedCatalogue;
}

interface PlanningPerson {
  profile: PlanningProfile;
  householdSize: number;
  lastWeek: string[];
}

/** Each person's targets, preferences and last week's recipes, in three queries however many people. */
async function loadPlanningPeople(
  userIds: string[],
  weekStart: string,
): Promise<Map<string, PlanningPerson | AppError>> {
  const [users, lastWeeks] = await Promise.all([
    db.user.findMany({
      where: { id: { in: userIds } },
      select: { id: true, deletedAt: true, nutritionTarget: true, dietaryPreference: true },
    }),
    lastWeekRecipeSlugsFor(db, userIds, weekStart),
  ]);
  const byId = new Map(users.map((user) => [user.id, user]));
  return new Map(
    userIds.map((userId): [string, PlanningPerson | AppError] => {
      const user = byId.get(userId);
      if (!user || user.deletedAt) return [userId, new AppError("NOT_FOUND", `No user ${userId}.`)];
      const { nutritionTarget: target, dietaryPreference: prefs } = user;
      if (!target || !prefs) {
        return [
          userId,
          new AppError("BAD_REQUEST", "Set daily targets and preferences before a plan can be made."),
        ];
      }
      return [
        userId,
        {
          profile: { ...prefs, userId, target },
          householdSize: prefs.householdSize,
          lastWeek: lastWeeks.get(userId) ?? [],
        },
      ];
    }),
  );
}

interface PlannedPerson {
  prepared: PreparedWeek;
  summary: Omit<GeneratedPlan, "mealPlanId">;
}

/** Plans one person's week (pure CPU) and turns it into rows to store. */
function planPerson(person: PlanningPerson, weekStart: string, catalogue: LoadedCatalogue): PlannedPerson {
  const request = buildPlanRequest(person.profile, weekStart, person.lastWeek, catalogue.ingredients);
  const plan = generateWeekPlan(request, catalogue.recipes);
  const { userId } = person.profile;
  return {
    prepared: prepareWeek({ userId, weekStart, plan, householdSize: person.householdSize }, catalogue),
    summary: {
      weekStart,
      meanAbsDeviationPct: plan.score.meanAbsDeviationPct,
      relaxations: plan.relaxations.length,
    },
  };
}

/**
 * Plans one person's week and stores the plan, its grocery list and its prep tasks in one transaction.
 * Running it again for the same week replaces that week's plan, so a retried job cannot leave half a plan.
 */
export async function generatePlanForUser(
  userId: string,
  weekStart: string,
  options: GeneratePlanOptions = {},
): Promise<GeneratedPlan> {
  return observePlanGeneration({ userId, weekStart }, async () => {
    const catalogue = options.catalogue ?? (await getCatalogue());
    const person = (await loadPlanningPeople([userId], weekStart)).get(userId);
    if (!person || person instanceof AppError)
      throw person ?? new AppError("NOT_FOUND", `No user ${userId}.`);
    const planned = planPerson(person, weekStart, catalogue);
    const [mealPlanId] = await storePreparedWeeks([planned.prepared]);
    return { mealPlanId: mealPlanId ?? "", ...planned.summary };
  });
}

export type BatchPlanOutcome = { userId: string } &
  /** `planMs`: this person's own planning time (the batch's shared reads and write are not in it) */
  ({ ok: true; plan: GeneratedPlan; planMs: number } | { ok: false; error: Error });

/**
 * The weekly loop's bulk path: plans many people's week with the same steps as `generatePlanForUser`,
 * reading them in three queries and writing every plan in one transaction, so the database's per-statement
 * and per-commit costs are paid once per batch, not once per person. A person who cannot be planned fails
 * alone; if the batch's write fails, each week is written on its own so one bad row loses nobody else's plan.
 * Each person's planning is timed into the generation histogram; the shared write is not.
 */
export async function generatePlansForUsers(
  userIds: readonly string[],
  weekStart: string,
  options: GeneratePlanOptions = {},
): Promise<BatchPlanOutcome[]> {
  const unique = [...new Set(userIds)];
  const catalogue = options.catalogue ?? (await getCatalogue());
  const people = await loadPlanningPeople(unique, weekStart);
  const failed: BatchPlanOutcome[] = [];
  const planned: { userId: string; week: PlannedPerson; planMs: number }[] = [];
  for (const userId of unique) {
    // Planning is synchronous CPU work (~20 ms a person): yield between people so the thread's I/O and
    // timers (a pooled connection being opened, its timeout) are served while a batch is planned.
    await yieldToEventLoop();
    const person = people.get(userId);
    try {
      if (!person || person instanceof AppError)
        throw person ?? new AppError("NOT_FOUND", `No user ${userId}.`);
      const started = performance.now();
      const week = await observePlanGeneration({ userId, weekStart }, async () =>
        planPerson(person, weekStart, catalogue),
      );
      planned.push({ userId, week, planMs: performance.now() - started });
    } catch (error) {
      failed.push({ userId, ok: false, error: asError(error) });
    }
  }
  const stored = await storeEachIfBatchFails(planned);
  return [...stored, ...failed];
}

async function storeEachIfBatchFails(
  planned: { userId: string; week: PlannedPerson; planMs: number }[],
): Promise<BatchPlanOutcome[]> {
  const outcome = (
    { userId, week, planMs }: (typeof planned)[number],
    mealPlanId: string,
  ): BatchPlanOutcome => ({ userId, ok: true, plan: { mealPlanId, ...week.summary }, planMs });
  try {
    const ids = await storePreparedWeeks(planned.map(({ week }) => week.prepared));
    return planned.map((person, i) => outcome(person, ids[i] ?? ""));
  } catch {
    const outcomes: BatchPlanOutcome[] = [];
    for (const person of planned) {
      const { userId, week } = person;
      try {
        const [id] = await storePreparedWeeks([week.prepared]);
        outcomes.push(outcome(person, id ?? ""));
      } catch (error) {
        outcomes.push({ userId, ok: false, error: asError(error) });
      }
    }
    return outcomes;
  }
}

const asError = (error: unknown): Error => (error instanceof Error ? error : new Error(String(error)));

/**
 * A plan made outside Inngest (in a request or the ops CLI), recorded as a `WeeklyGeneration` run of
 * `generate-plan` with how it was set off, exactly like an Inngest attempt.
 */
export function generateRecordedPlan(
  userId: string,
  weekStart: string,
  run: { trigger: "on_demand" | "cli"; scheduledJobId?: string } & GeneratePlanOptions,
): Promise<GeneratedPlan> {
  const { trigger, scheduledJobId, ...options } = run;
  return runRecordedJob(
    { jobType: "WeeklyGeneration", functionId: "generate-plan", trigger, userId, scheduledJobId },
    () => generatePlanForUser(userId, weekStart, options),
  );
}
