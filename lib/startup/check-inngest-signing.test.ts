import { describe, expect, it } from "vitest";
import { assertInngestSigning, inngestSigningProblem } from "@/lib/startup/check-inngest-signing";

describe("Inngest signing at start-up", () => {
  it("stops a production start without a signing key, naming the variable", () => {
    expect(() => assertInngestSigning({ NODE_ENV: "production" })).toThrow(/INNGEST_SIGNING_KEY is not set/);
  });

  it("lets production start with a key, and development or an explicit dev server without one", () => {
    expect(
      inngestSigningProblem({ NODE_ENV: "production", INNGEST_SIGNING_KEY: "signkey-prod-abc" }),
    ).toBeNull();
    expect(inngestSigningProblem({ NODE_ENV: "production", INNGEST_DEV: true })).toBeNull();
    expect(inngestSigningProblem({ NODE_ENV: "development" })).toBeNull();
  });
});
