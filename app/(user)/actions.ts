"use server";
import { z } from "zod";
import { userAction } from "@/lib/auth/safe-action";
import { dismissRolloutBanner } from "@/lib/users";

export const dismissRolloutBannerAction = userAction.inputSchema(z.object({})).action(async ({ ctx }) => {
  await dismissRolloutBanner(ctx.user.id);
  return { dismissed: true };
});
