import { withUser } from "@/lib/auth/with-user";
import { env } from "@/lib/env";
import { completeFatSecretLink } from "@/lib/integrations/fatsecret";

export const dynamic = "force-dynamic";

/** FatSecret sends the person back here with `oauth_token` and `oauth_verifier` (OAuth 1.0 step 3). */
export const GET = withUser(async (request, { user }) => {
  const query = Object.fromEntries(new URL(request.url).searchParams);
  await completeFatSecretLink(user.id, {
    oauth_token: query.oauth_token ?? "",
    oauth_verifier: query.oauth_verifier ?? "",
  });
  return Response.redirect(`${env.APP_URL}/settings?fatsecret=linked`, 303);
});
