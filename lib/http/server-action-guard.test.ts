import { describe, expect, it } from "vitest";
import { checkActionBody, checkActionHeaders, jsonNestingDepth } from "@/lib/http/server-action-guard";

const allowed = ["http://localhost:3000"];
const MB = 1_048_576;

describe("server action guard", () => {
  it.each([[null], ["null"], ["http://evil.example"], ["http://localhost:3001"], ["not a url"]])(
    "refuses the Origin %j with 403",
    (origin) => {
      expect(
        checkActionHeaders({ origin, allowedOrigins: allowed, contentLength: "10", maxBytes: MB }),
      ).toMatchObject({
        isAllowed: false,
        status: 403,
      });
    },
  );

  it("accepts our own origin and refuses a body over the cap with 413", () => {
    const base = { origin: "http://localhost:3000", allowedOrigins: allowed, maxBytes: MB };
    expect(checkActionHeaders({ ...base, contentLength: "100" })).toEqual({ isAllowed: true });
    expect(checkActionHeaders({ ...base, contentLength: String(MB + 1) })).toMatchObject({ status: 413 });
    expect(checkActionBody("x".repeat(MB + 1), MB)).toMatchObject({ status: 413 });
  });

  it("refuses malformed JSON and a 10,000-deep array with 400, and passes ordinary arguments", () => {
    expect(checkActionBody("[{", MB)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/not valid JSON/),
    });
    expect(checkActionBody("[".repeat(10_000) + "]".repeat(10_000), MB)).toMatchObject({
      status: 400,
      message: expect.stringMatching(/nested too deeply/),
    });
    expect(checkActionBody('[{"flagName":"phase3","enabled":true}]', MB)).toEqual({ isAllowed: true });
  });

  it("counts nesting outside strings only", () => {
    expect(jsonNestingDepth('["[[[[", {"a": [1]}]')).toBe(3);
  });
});
