import { db } from "@/lib/db";
import { FeedbackInputSchema, type FeedbackInput } from "@/lib/feedback/feedback-input";
import { parseInput } from "@/lib/flags/server";

/** Stores a person's feedback or bug report; staff triage it in the console. */
export async function submitFeedback(userId: string, input: FeedbackInput): Promise<{ id: string }> {
  const parsed = parseInput(FeedbackInputSchema, input);
  return db.feedbackReport.create({
    data: {
      userId,
      kind: parsed.kind,
      message: parsed.message,
      severity: parsed.kind === "bug" ? parsed.severity : null,
    },
    select: { id: true },
  });
}
