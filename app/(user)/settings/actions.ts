"use server";
import { events } from "@/inngest/client";
import { sendEventsIfPossible } from "@/inngest/send-events";
import { userAction } from "@/lib/auth/safe-action";
import { AppError } from "@/lib/errors/app-error";
import { generatePlanOnDemand, type OnDemandPlanResult } from "@/lib/plans";
import { ProfileUpdateSchema, updateProfile } from "@/lib/users";

/**
 * Saves targets and preferences; a person who has no plan for this week gets one right away (the
 * loop's "first plan on demand"), so saving targets is never a dead end.
 */
export const updateProfileAction = userAction
  .inputSchema(ProfileUpdateSchema)
  .action(async ({ parsedInput, ctx }) => {
    await updateProfile(ctx.user.id, parsedInput);
    let plan: OnDemandPlanResult["status"] | "rate_limited";
    try {
      const result = await generatePlanOnDemand({ userId: ctx.user.id });
      if (result.status === "generated") {
        await sendEventsIfPossible(
          events.planGenerated.create({ userId: ctx.user.id, mealPlanId: result.mealPlanId }),
        );
      }
      plan = result.status;
    } catch (error) {
      // The settings are saved either way; the plan can be made from /plan later.
      if (!(error instanceof AppError && error.code === "RATE_LIMITED")) throw error;
      plan = "rate_limited";
    }
    return { saved: true, plan };
  });
