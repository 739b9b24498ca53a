import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { AppError } from "@/lib/errors/app-error";
import { SurveyInputSchema, type SurveyInput } from "@/lib/feedback/feedback-input";
import { parseInput } from "@/lib/flags/server";

export interface SurveyInvitation {
  rolloutId: string;
  flagName: string;
}

/**
 * The follow-up survey, in the app, SURVEY_DELAY_DAYS (7) after a rollout reached 100 %: for people who have
 * the feature (no explicit opt-out), until they answer or dismiss it, once per rollout.
 */
export async function shouldShowSurvey(
  userId: string,
  now: Date = new Date(),
): Promise<SurveyInvitation | null> {
  const reachedBy = new Date(now.getTime() - env.SURVEY_DELAY_DAYS * 86_400_000);
  const rollouts = await db.$queryRaw<{ id: string; flag_name: string }[]>`
    SELECT r.id, r.flag_name
    FROM rollouts r JOIN rollout_stages s ON s.rollout_id = r.id
    WHERE r.status IN ('active', 'paused', 'completed') AND s.percentage >= 100
      AND s.entered_at IS NOT NULL AND s.entered_at <= ${reachedBy}
      AND NOT EXISTS (SELECT 1 FROM user_feature_flags o
                      WHERE o.user_id = ${userId} AND o.flag_name = r.flag_name AND o.enabled = false)
      AND NOT EXISTS (SELECT 1 FROM rollout_messages m
                      WHERE m.rollout_id = r.id AND m.user_id = ${userId} AND m.kind = 'survey'
                        AND m.dismissed_at IS NOT NULL)
    ORDER BY s.entered_at DESC
    LIMIT 1`;
  const rollout = rollouts[0];
  return rollout === undefined ? null : { rolloutId: rollout.id, flagName: rollout.flag_name };
}

/** Stores the answers (as a survey report staff can triage) and closes the survey for this person. */
export async function submitSurvey(
  userId: string,
  input: SurveyInput,
  now: Date = new Date(),
): Promise<void> {
  const parsed = parseInput(SurveyInputSchema, input);
  const rollout = await db.rollout.findUnique({
    where: { id: parsed.rolloutId },
    select: { flagName: true },
  });
  if (rollout === null) throw new AppError("NOT_FOUND", "That survey is no longer open.");
  const message = [
    `Satisfaction: ${parsed.satisfaction}/5`,
    parsed.featureRequest ? `Feature request: ${parsed.featureRequest}` : null,
    parsed.bugReport ? `Bug report: ${parsed.bugReport}` : null,
  ]
    .filter((line): line is string => line !== null)
    .join("\n");
  await db.$transaction([
    db.feedbackReport.create({
      data: {
        userId,
        kind: "survey",
        message,
        satisfaction: parsed.satisfaction,
        featureRequest: parsed.featureRequest || null,
        flagName: rollout.flagName,
      },
    }),
    db.rolloutMessage.upsert({
      where: { rolloutId_userId_kind: { rolloutId: parsed.rolloutId, userId, kind: "survey" } },
      create: { rolloutId: parsed.rolloutId, userId, kind: "survey", dueAt: now, dismissedAt: now },
      update: { dismissedAt: now },
    }),
  ]);
}
