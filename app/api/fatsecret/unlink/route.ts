import { withUser } from "@/lib/auth/with-user";
import { env } from "@/lib/env";
import { unlinkFatSecretAccount } from "@/lib/integrations/fatsecret";

export const dynamic = "force-dynamic";

/** "Unlink FatSecret": the stored tokens are deleted; the next AutoSync does nothing. */
export const POST = withUser(async (_request, { user }) => {
  await unlinkFatSecretAccount(user.id);
  return Response.redirect(`${env.APP_URL}/settings?fatsecret=unlinked`, 303);
});
