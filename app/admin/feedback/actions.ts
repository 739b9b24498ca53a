"use server";
import { staffAction } from "@/lib/auth/safe-action";
import type { SessionUser } from "@/lib/auth/session";
import { TriageInputSchema, triageReport } from "@/lib/feedback";

const actorOf = (user: SessionUser) => ({ id: user.id, label: user.email });

export const triageReportAction = staffAction
  .inputSchema(TriageInputSchema)
  .action(async ({ parsedInput, ctx }) => {
    await triageReport(parsedInput, actorOf(ctx.user));
    return { ok: true };
  });
