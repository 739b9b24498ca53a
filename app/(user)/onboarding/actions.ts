"use server";
import { redirect } from "next/navigation";
import { z } from "zod";
import { events } from "@/inngest/client";
import { sendEventsIfPossible } from "@/inngest/send-events";
import { userAction } from "@/lib/auth/safe-action";
import { AppError } from "@/lib/errors/app-error";
import { generatePlanOnDemand } from "@/lib/plans";
import { completeOnboarding, ProfileUpdateSchema, updateProfile } from "@/lib/users";

/**
 * One onboarding step: the whole profile is saved each time (later steps start from defaults), so leaving
 * halfway keeps what was entered. The last step ends onboarding with the first plan, made right away.
 */
export const saveOnboardingStepAction = userAction
  .inputSchema(ProfileUpdateSchema.and(z.object({ isFinal: z.boolean() })))
  .action(async ({ parsedInput: { isFinal, ...profile }, ctx }) => {
    await updateProfile(ctx.user.id, profile);
    if (!isFinal) return { saved: true, plan: "later" as const };
    await completeOnboarding(ctx.user.id);
    try {
      const result = await generatePlanOnDemand({ userId: ctx.user.id });
      if (result.status === "generated") {
        await sendEventsIfPossible(
          events.planGenerated.create({ userId: ctx.user.id, mealPlanId: result.mealPlanId }),
        );
      }
      return { saved: true, plan: result.status };
    } catch (error) {
      // The profile is saved either way; /plan offers "Make my plan now" if this did not go through.
      if (error instanceof AppError && error.code === "RATE_LIMITED")
        return { saved: true, plan: "rate_limited" };
      throw error;
    }
  });

export const skipOnboardingAction = userAction.inputSchema(z.object({})).action(async ({ ctx }) => {
  await completeOnboarding(ctx.user.id);
  redirect("/plan");
});
