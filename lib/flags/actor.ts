import { z } from "zod";

/**
 * Who made a change, as the audit log records it: a staff member (their user id and e-mail) or an automatic
 * component (no id, a `system:` label), so "who rolled this back?" always has an answer.
 */
export const ActorSchema = z.object({
  id: z.string().min(1).nullable(),
  label: z.string().min(1, "actor label is required (the staff e-mail or system:<component>)"),
});

export type Actor = z.infer<typeof ActorSchema>;

export const ROLLOUT_GUARD_ACTOR: Actor = { id: null, label: "system:rollout-guard" };
