import { z } from "zod";
import { ActorSchema } from "@/lib/flags/server";

/** Why a rollback or guard action happened: the fields a rollback_events row and its alert carry. */
export const GuardEventInputSchema = z.object({
  trigger: z.enum(["automatic", "manual"]),
  reason: z.string().trim().min(3, "say why (at least a few words)").max(1000),
  actor: ActorSchema,
  rule: z.string().min(1).optional(),
  metric: z.string().min(1).optional(),
  value: z.number().nullable().optional(),
  threshold: z.number().optional(),
  windowSeconds: z.number().int().nonnegative().optional(),
});
export type GuardEventInput = z.input<typeof GuardEventInputSchema>;
