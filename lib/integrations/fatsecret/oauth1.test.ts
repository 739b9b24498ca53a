import { describe, expect, it } from "vitest";
import {
  hmacSha1Signature,
  percentEncode,
  signRequest,
  signatureBaseString,
} from "@/lib/integrations/fatsecret/oauth1";

describe("OAuth 1.0 HMAC-SHA1 signing", () => {
  it("builds RFC 5849 §3.4.1.1's published signature base string", () => {
    // POST /request?b5=%3D%253D&a3=a&c%40=&a2=r%20b with body c2&a3=2+q
    const url = "http://example.com/request?b5=%3D%253D&a3=a&c%40=&a2=r%20b";
    const base = signatureBaseString("POST", url, [
      ...new URL(url).searchParams.entries(),
      ["c2", ""],
      ["a3", "2 q"],
      ["oauth_consumer_key", "9djdj82h48djs9d2"],
      ["oauth_token", "kkk9d7dh3k39sjv7"],
      ["oauth_signature_method", "HMAC-SHA1"],
      ["oauth_timestamp", "137131201"],
      ["oauth_nonce", "7d8f3e4a"],
    ]);
    expect(base).toBe(
      "POST&http%3A%2F%2Fexample.com%2Frequest&a2%3Dr%2520b%26a3%3D2%2520q" +
        "%26a3%3Da%26b5%3D%253D%25253D%26c%2540%3D%26c2%3D%26oauth_consumer_" +
        "key%3D9djdj82h48djs9d2%26oauth_nonce%3D7d8f3e4a%26oauth_signature_m" +
        "ethod%3DHMAC-SHA1%26oauth_timestamp%3D137131201%26oauth_token%3Dkkk" +
        "9d7dh3k39sjv7",
    );
  });

  it("reproduces the published photos.example.net signature (OAuth Core 1.0 Appendix A, RFC 5849 §1.2 parameters)", () => {
    const params = signRequest({
      method: "GET",
      url: "http://photos.example.net/photos?file=vacation.jpg&size=original",
      consumerKey: "dpf43f3p2l4k3l03",
      consumerSecret: "kd94hf93k423kf44",
      token: "nnch734d00sl2jdk",
      tokenSecret: "pfkkdhi9sl3r4s00",
      timestamp: 1191242096,
      nonce: "kllo9940pd9333jh",
    });
    expect(Object.fromEntries(params).oauth_signature).toBe("tR3+Ty81lMeYAr/Fid0kMTYa/WM=");
  });

  it("keys the HMAC with both secrets, so a wrong token secret gives another signature", () => {
    const base = "GET&http%3A%2F%2Fx%2F&a%3D1";
    expect(hmacSha1Signature(base, "cs", "ts")).not.toBe(hmacSha1Signature(base, "cs", "other"));
    expect(hmacSha1Signature(base, "cs")).toBe(hmacSha1Signature(base, "cs", ""));
  });

  it("percent-encodes per RFC 3986 (reserved sub-delims too, UTF-8 bytes)", () => {
    expect(percentEncode("a b!*'()~-._")).toBe("a%20b%21%2A%27%28%29~-._");
    expect(percentEncode("café")).toBe("caf%C3%A9");
  });
});
