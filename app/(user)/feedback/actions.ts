"use server";
import { z } from "zod";
import { userAction } from "@/lib/auth/safe-action";
import { FeedbackInputSchema, SurveyInputSchema, submitFeedback, submitSurvey } from "@/lib/feedback";
import { dismissRolloutBanner } from "@/lib/rollouts/should-show-rollout-banner";

export const submitFeedbackAction = userAction
  .inputSchema(FeedbackInputSchema)
  .action(async ({ parsedInput, ctx }) => submitFeedback(ctx.user.id, parsedInput));

export const submitSurveyAction = userAction
  .inputSchema(SurveyInputSchema)
  .action(async ({ parsedInput, ctx }) => {
    await submitSurvey(ctx.user.id, parsedInput);
    return { ok: true };
  });

/** For the rollout banner on the user pages: "don't show this again". */
export const dismissRolloutBannerAction = userAction
  .inputSchema(z.object({ rolloutId: z.string().min(1) }))
  .action(async ({ parsedInput, ctx }) => {
    await dismissRolloutBanner(ctx.user.id, parsedInput.rolloutId);
    return { ok: true };
  });
