"use server";
import { userAction } from "@/lib/auth/safe-action";
import { ProfileUpdateSchema, updateProfile } from "@/lib/users";

export const updateProfileAction = userAction
  .inputSchema(ProfileUpdateSchema)
  .action(async ({ parsedInput, ctx }) => {
    await updateProfile(ctx.user.id, parsedInput);
    return { saved: true };
  });
