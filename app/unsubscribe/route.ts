import {
  renderUnsubscribePage,
  UNSUBSCRIBE_PAGE_HEADERS,
  type UnsubscribePageView,
} from "@/app/unsubscribe/_components/unsubscribe-page";
import { UNSUBSCRIBE_PATH, UnsubscribeError, unsubscribeByToken, verifyUnsubscribeLink } from "@/lib/email";
import { handleRoute } from "@/lib/http/handle-route";

/**
 * `GET /unsubscribe?token=…` only shows what the link would do: mail scanners and link previews fetch links
 * nobody clicked, so a GET must never unsubscribe. Works signed out.
 */
export const GET = handleRoute(async (request) => {
  const token = new URL(request.url).searchParams.get("token");
  if (!token) return page({ kind: "refused", message: MISSING_TOKEN }, 400);
  return answer(async () => {
    const target = await verifyUnsubscribeLink(token);
    if (!target.isOptedIn) return { kind: "already_unsubscribed", maskedEmail: target.maskedEmail };
    const formAction = `${UNSUBSCRIBE_PATH}?token=${encodeURIComponent(token)}`;
    return { kind: "confirm", maskedEmail: target.maskedEmail, formAction };
  });
});

/**
 * `POST /unsubscribe?token=…` unsubscribes: the confirm page's button, or a mail provider's one-click POST
 * (body `List-Unsubscribe=One-Click`, RFC 8058), which answers the same way. The body is not read: the
 * signed token in the URL is the whole request. Idempotent.
 */
export const POST = handleRoute(async (request) => {
  const token = new URL(request.url).searchParams.get("token");
  if (!token) return page({ kind: "refused", message: MISSING_TOKEN }, 400);
  return answer(async () => {
    const result = await unsubscribeByToken(token);
    return { kind: "unsubscribed", maskedEmail: result.maskedEmail };
  });
});

const MISSING_TOKEN =
  "This unsubscribe link is missing its code. Copy the whole link from the e-mail, or turn off e-mails in your settings.";

async function answer(view: () => Promise<UnsubscribePageView>): Promise<Response> {
  try {
    return page(await view(), 200);
  } catch (error) {
    if (error instanceof UnsubscribeError)
      return page({ kind: "refused", message: error.message }, error.status);
    throw error;
  }
}

function page(view: UnsubscribePageView, status: number): Response {
  return new Response(renderUnsubscribePage(view), { status, headers: UNSUBSCRIBE_PAGE_HEADERS });
}
