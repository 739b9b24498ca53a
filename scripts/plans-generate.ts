/**
 * `npm run plans:generate`: make plans without Inngest, through the same lib/ path as the weekly job.
 *
 *   npm run plans:generate -- --user <email|id> [--week YYYY-MM-DD]   one person's week (default: this week)
 *   npm run plans:generate -- --due [--at <ISO time>]                 everyone due at that time (default: now)
 *
 * Uses DATABASE_URL, or the embedded dev database (the running `npm run dev` cluster when there is one).
 * Each run is recorded in job_executions with trigger `cli`; `plan/generated` is sent where Inngest answers.
 */
import { parseArgs } from "node:util";
import { DateTime } from "luxon";
import { z } from "zod";
import { openDevDatabase } from "./lib/dev-database";
import { loadOrCreateLocalSecrets, withLocalSecrets } from "./lib/local-secrets";
import { localBin, run } from "./lib/processes";

const USAGE =
  "Usage: npm run plans:generate -- --user <email|id> [--week YYYY-MM-DD]\n" +
  "       npm run plans:generate -- --due [--at <ISO time, e.g. 2026-12-04T05:00:00Z>]";

const UserArgsSchema = z.object({
  user: z.string().trim().min(1, "--user needs an e-mail address or id"),
  week: z
    .string()
    .regex(/^\d{4}-\d{2}-\d{2}$/, "--week must be a date as YYYY-MM-DD")
    .refine((v) => DateTime.fromISO(v, { zone: "utc" }).isValid, "--week is not a real date")
    .optional(),
});
const DueArgsSchema = z.object({
  at: z.iso
    .datetime({ offset: true, message: "--at must be an ISO time such as 2026-12-04T05:00:00Z" })
    .optional(),
});

function fail(message: string): never {
  console.error(`plans:generate: ${message}\n${USAGE}`);
  process.exit(2);
}

let values: Record<string, string | boolean | undefined>;
try {
  values = parseArgs({
    options: {
      user: { type: "string" },
      week: { type: "string" },
      due: { type: "boolean" },
      at: { type: "string" },
    },
    strict: true,
  }).values;
} catch (error) {
  fail(error instanceof Error ? error.message : String(error));
}
if (values.due && (values.user !== undefined || values.week !== undefined))
  fail("give --user or --due, not both");
if (!values.due && values.at !== undefined) fail("--at goes with --due");
if (!values.due && values.user === undefined) fail("give either --user <email|id> or --due");
const parsed = values.due ? DueArgsSchema.safeParse(values) : UserArgsSchema.safeParse(values);
if (!parsed.success) fail(parsed.error.issues[0]?.message ?? "bad arguments");
const args: { user?: string; week?: string; at?: string } = parsed.data;

if (run(localBin("tsx"), ["scripts/prisma-generate.ts", "--if-missing"]) !== 0) process.exit(1);
const database = await openDevDatabase();
Object.assign(
  process.env,
  withLocalSecrets({ ...process.env, DATABASE_URL: database.url }, loadOrCreateLocalSecrets()),
);
if (!process.env.INNGEST_EVENT_KEY) process.env.INNGEST_DEV ??= "1";

const { AppError } = await import("@/lib/errors/app-error");
const { db } = await import("@/lib/db");
let code = 0;
try {
  const { events } = await import("@/inngest/client");
  const { sendEventsIfPossible } = await import("@/inngest/send-events");
  const { currentWeekStart, generateDuePlans, generatePlanForUser, GENERATION_FLAG } =
    await import("@/lib/plans");
  const { runRecordedJob } = await import("@/lib/jobs");
  const { findUserByEmailOrId } = await import("@/lib/users");
  const { isFeatureEnabled } = await import("@/lib/flags/server");

  if (args.user !== undefined) {
    const person = await findUserByEmailOrId(args.user);
    const prefs = await db.dietaryPreference.findUnique({
      where: { userId: person.id },
      select: { timeZone: true },
    });
    const day = args.week ? new Date(`${args.week}T12:00:00Z`) : new Date();
    const weekStart = currentWeekStart(day, args.week ? "UTC" : (prefs?.timeZone ?? "UTC"));
    const plan = await runRecordedJob(
      { jobType: "WeeklyGeneration", functionId: "generate-plan", trigger: "cli", userId: person.id },
      () => generatePlanForUser(person.id, weekStart),
    );
    console.log(
      `Made the plan for ${person.email}, week of ${weekStart}: ${plan.mealPlanId} ` +
        `(mean deviation ${plan.meanAbsDeviationPct.toFixed(1)} %, ${plan.relaxations} relaxations).`,
    );
    if (!(await isFeatureEnabled({ id: person.id }, GENERATION_FLAG))) {
      console.log(`Note: ${GENERATION_FLAG} is off for ${person.email}; they will see it once it is on.`);
    }
    const sent = await sendEventsIfPossible(
      events.planGenerated.create({ userId: person.id, mealPlanId: plan.mealPlanId }),
    );
    console.log(
      sent ? "Sent plan/generated." : "Inngest not reachable: no e-mail or FatSecret sync follows.",
    );
  } else {
    const at = args.at ? new Date(args.at) : new Date();
    const started = performance.now();
    const report = await generateDuePlans({ at, onProgress: (line) => console.log(line) });
    console.log(
      `Due at ${report.at}: ${report.booked} booked, ${report.generated.length} plans made, ` +
        `${report.failed.length} failed in ${((performance.now() - started) / 1000).toFixed(1)} s.`,
    );
    for (const failure of report.failed.slice(0, 20))
      console.log(`  failed ${failure.userId}: ${failure.error}`);
    let sent = 0;
    for (let i = 0; i < report.generated.length; i += 1000) {
      const batch = report.generated.slice(i, i + 1000).map((g) => events.planGenerated.create(g));
      if (await sendEventsIfPossible(batch)) sent += batch.length;
      else break;
    }
    if (report.generated.length > 0) {
      console.log(
        sent > 0
          ? `Sent plan/generated for ${sent} plans.`
          : "Inngest not reachable: no e-mails or syncs follow.",
      );
    }
    if (report.failed.length > 0) code = 1;
  }
} catch (error) {
  if (error instanceof AppError) {
    console.error(`plans:generate: ${error.message}`);
    code = 2;
  } else {
    console.error(error);
    code = 1;
  }
} finally {
  await db.$disconnect();
  await database.stop();
}
process.exit(code);
