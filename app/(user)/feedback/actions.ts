"use server";
import { userAction } from "@/lib/auth/safe-action";
import { FeedbackInputSchema, SurveyInputSchema, submitFeedback, submitSurvey } from "@/lib/feedback";

export const submitFeedbackAction = userAction
  .inputSchema(FeedbackInputSchema)
  .action(async ({ parsedInput, ctx }) => submitFeedback(ctx.user.id, parsedInput));

export const submitSurveyAction = userAction
  .inputSchema(SurveyInputSchema)
  .action(async ({ parsedInput, ctx }) => {
    await submitSurvey(ctx.user.id, parsedInput);
    return { ok: true };
  });
