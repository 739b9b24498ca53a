/**
 * A week of canary activity for a rollout spec, through the real Inngest functions (run by @inngest/test,
 * as the integration tests do: no Inngest server runs beside the e2e build). For each e-mail given:
 * link a FatSecret account on a loopback FatSecret stand-in, generate this week's plan (`generate-plan`),
 * send the plan-ready e-mail through the real outbox and Resend SDK to the run's Resend stand-in
 * (`notify-plan-ready`), and sync the plan to the FatSecret diary (`sync-fatsecret`). Each run is recorded in
 * job_executions like production's, so the rollout gates read real numbers. Prints
 * `{ "people": n, "diaryEntries": n }` as JSON. Run with tsx, in the env scripts/e2e.ts gives Playwright.
 */
import { InngestTestEngine } from "@inngest/test";
import { startFakeFatSecret } from "@/test/fakes/fatsecret-server";

const emails = process.argv.slice(2);
if (emails.length === 0) throw new Error("usage: run-canary-week.ts <email>…");

// lib/env reads FATSECRET_* when it is first imported: point it at the stand-in before that.
const fatsecret = await startFakeFatSecret();
Object.assign(process.env, fatsecret.env);
const { db } = await import("@/lib/db");
const { sealAccessTokens } = await import("@/lib/integrations/fatsecret/connection-tokens");
const { currentWeekStart } = await import("@/lib/plans");
const { generatePlan } = await import("@/inngest/functions/plan-generate-requested");
const { notifyPlanReady } = await import("@/inngest/functions/plan-generated-notify");
const { syncFatSecret } = await import("@/inngest/functions/plan-generated-fatsecret-sync");

async function run(engine: InngestTestEngine, what: string): Promise<unknown> {
  const { result, error } = await engine.execute();
  if (error) throw new Error(`${what} failed: ${String(error)}`);
  return result;
}

try {
  for (const email of emails) {
    const user = await db.user.findUniqueOrThrow({
      where: { email },
      select: { id: true, dietaryPreference: { select: { timeZone: true } } },
    });
    const weekStart = currentWeekStart(new Date(), user.dietaryPreference?.timeZone ?? "UTC");
    await db.fatSecretConnection.upsert({
      where: { userId: user.id },
      create: { userId: user.id, ...sealAccessTokens(fatsecret.issueAccessToken()) },
      update: sealAccessTokens(fatsecret.issueAccessToken()),
    });
    const generated = (await run(
      new InngestTestEngine({
        function: generatePlan,
        events: [
          {
            name: "plan/generate.requested",
            data: { userId: user.id, weekStart, trigger: "event" },
          },
        ],
        // No Inngest server to send to: the follow-up event is what this script runs next.
        steps: [{ id: "emit-plan-generated", handler: () => ({ ids: [] }) }],
      }),
      `generate-plan for ${email}`,
    )) as { mealPlanId: string };
    const planGenerated = {
      name: "plan/generated" as const,
      data: { userId: user.id, mealPlanId: generated.mealPlanId },
    };
    await run(new InngestTestEngine({ function: notifyPlanReady, events: [planGenerated] }), "notify");
    await run(new InngestTestEngine({ function: syncFatSecret, events: [planGenerated] }), "sync");
  }
  console.log(JSON.stringify({ people: emails.length, diaryEntries: fatsecret.allEntries().length }));
} finally {
  await fatsecret.close();
  await db.$disconnect();
}
