import { withUser } from "@/lib/auth/with-user";
import { startFatSecretLink } from "@/lib/integrations/fatsecret";

export const dynamic = "force-dynamic";

/** "Link FatSecret" (a form POST from settings): OAuth 1.0 step 1, then off to FatSecret to approve. */
export const POST = withUser(async (_request, { user }) => {
  const { authorizeUrl } = await startFatSecretLink(user.id);
  return Response.redirect(authorizeUrl, 303);
});
