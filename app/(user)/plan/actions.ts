"use server";
import { z } from "zod";
import { events } from "@/inngest/client";
import { sendEventsIfPossible } from "@/inngest/send-events";
import { userAction } from "@/lib/auth/safe-action";
import { generatePlanOnDemand } from "@/lib/plans";
import { joinBetaProgram } from "@/lib/users";

/** "Make my plan now": this week's plan in the request; e-mail and FatSecret sync follow through Inngest. */
export const makePlanNowAction = userAction
  .inputSchema(z.object({ replaceExisting: z.boolean().default(false) }))
  .action(async ({ parsedInput, ctx }) => {
    const result = await generatePlanOnDemand({ userId: ctx.user.id, ...parsedInput });
    if (result.status === "generated") {
      await sendEventsIfPossible(
        events.planGenerated.create({ userId: ctx.user.id, mealPlanId: result.mealPlanId }),
      );
    }
    return result;
  });

export const joinBetaAction = userAction.inputSchema(z.object({})).action(async ({ ctx }) => {
  const { enrolledAt } = await joinBetaProgram(ctx.user.id);
  return { enrolledAt: enrolledAt.toISOString() };
});
