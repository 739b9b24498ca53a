import http from "node:http";
import https from "node:https";
import { CLIENT_ADDRESS_HEADER, resolveClientAddress } from "@/lib/http/client-address";

const INSTALLED = Symbol.for("meal-planner.client-address-stamp");

type Emit = (event: string | symbol, ...args: unknown[]) => boolean;

/**
 * Writes the caller's address into CLIENT_ADDRESS_HEADER on every request a Node HTTP(S) server in this
 * process receives, before Next.js (or anything else) reads the headers. It always overwrites the header, so
 * a client cannot choose its own rate-limit key. See `client-address.ts` for why this lives at the socket.
 */
export function stampClientAddress(trustedHops: number): void {
  for (const prototype of [http.Server.prototype, https.Server.prototype]) {
    const target = prototype as unknown as Record<symbol, unknown> & { emit: Emit };
    if (target[INSTALLED]) continue;
    const emit = target.emit;
    target.emit = function stampedEmit(this: unknown, event: string | symbol, ...args: unknown[]) {
      if (event === "request") {
        const request = args[0] as http.IncomingMessage;
        request.headers[CLIENT_ADDRESS_HEADER] = resolveClientAddress({
          peerAddress: request.socket?.remoteAddress,
          forwardedFor: request.headers["x-forwarded-for"],
          trustedHops,
        });
      }
      return emit.call(this, event, ...args);
    };
    target[INSTALLED] = true;
  }
}
