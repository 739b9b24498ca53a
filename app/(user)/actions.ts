"use server";
import { z } from "zod";
import { userAction } from "@/lib/auth/safe-action";
import { dismissRolloutBanner } from "@/lib/rollouts/communications";

/** The rollout banner's "Dismiss": remembered per rollout, so it stays gone on every device. */
export const dismissRolloutBannerAction = userAction
  .inputSchema(z.object({ rolloutId: z.string().min(1).max(100) }))
  .action(async ({ parsedInput, ctx }) => {
    await dismissRolloutBanner(ctx.user.id, parsedInput.rolloutId);
    return { dismissed: true };
  });
