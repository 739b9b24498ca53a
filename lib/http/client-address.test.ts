import { describe, expect, it } from "vitest";
import { CLIENT_ADDRESS_HEADER, clientAddress, resolveClientAddress } from "@/lib/http/client-address";

describe("resolveClientAddress", () => {
  it("with no trusted proxy, is the socket peer whatever X-Forwarded-For claims", () => {
    for (const forwardedFor of [
      undefined,
      "10.9.8.7",
      "1.1.1.1, 2.2.2.2",
      "not-an-address",
      ["3.3.3.3", "4.4.4.4"],
    ]) {
      expect(resolveClientAddress({ peerAddress: "::ffff:203.0.113.5", forwardedFor, trustedHops: 0 })).toBe(
        "203.0.113.5",
      );
    }
  });

  it("with N trusted proxies, takes the address the outermost one saw (N-th from the right)", () => {
    const source = { peerAddress: "10.0.0.2", forwardedFor: "6.6.6.6, 198.51.100.4, 10.0.0.1" };
    expect(resolveClientAddress({ ...source, trustedHops: 1 })).toBe("10.0.0.1");
    expect(resolveClientAddress({ ...source, trustedHops: 2 })).toBe("198.51.100.4");
  });

  it("falls back to the peer when the chain is shorter than the trusted hops or holds garbage", () => {
    expect(resolveClientAddress({ peerAddress: "10.0.0.2", forwardedFor: undefined, trustedHops: 1 })).toBe(
      "10.0.0.2",
    );
    expect(resolveClientAddress({ peerAddress: "10.0.0.2", forwardedFor: "x, y", trustedHops: 1 })).toBe(
      "10.0.0.2",
    );
    expect(resolveClientAddress({ peerAddress: undefined, forwardedFor: undefined, trustedHops: 0 })).toBe(
      "unknown",
    );
  });

  it("clientAddress reads only the stamped header, never X-Forwarded-For", () => {
    const request = new Request("http://x/", { headers: { "x-forwarded-for": "1.2.3.4" } });
    expect(clientAddress(request)).toBe("unknown");
    const stamped = new Request("http://x/", { headers: { [CLIENT_ADDRESS_HEADER]: "203.0.113.8" } });
    expect(clientAddress(stamped)).toBe("203.0.113.8");
  });
});
