import { z } from "zod";

export const SEVERITIES = ["low", "medium", "high", "critical"] as const;
export const SeveritySchema = z.enum(SEVERITIES, {
  message: "Choose a severity: low, medium, high or critical.",
});
export type Severity = z.infer<typeof SeveritySchema>;

const MessageSchema = z
  .string()
  .trim()
  .min(5, "Tell us a little more (at least 5 characters).")
  .max(4000, "Keep it under 4,000 characters.");

/** What a person sends from the feedback page: general feedback, or a bug report with how bad it is. */
export const FeedbackInputSchema = z.discriminatedUnion("kind", [
  z.object({ kind: z.literal("feedback"), message: MessageSchema }),
  z.object({ kind: z.literal("bug"), message: MessageSchema, severity: SeveritySchema }),
]);
export type FeedbackInput = z.infer<typeof FeedbackInputSchema>;

/** The follow-up survey (rollout plan §8.2): satisfaction 1–5, feature requests, bug reports. */
export const SurveyInputSchema = z.object({
  rolloutId: z.string().min(1),
  satisfaction: z.coerce.number().int().min(1, "Pick 1 to 5.").max(5, "Pick 1 to 5."),
  featureRequest: z.string().trim().max(2000).optional(),
  bugReport: z.string().trim().max(4000).optional(),
});
export type SurveyInput = z.infer<typeof SurveyInputSchema>;

export const TriageInputSchema = z.object({ reportId: z.string().min(1), severity: SeveritySchema });
export type TriageInput = z.infer<typeof TriageInputSchema>;
