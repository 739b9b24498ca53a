import { describe, expect, it } from "vitest";
import { nextDevArgs } from "./next-dev-args";

describe("nextDevArgs", () => {
  it("binds the dev server to loopback unless HOST is set", () => {
    expect(nextDevArgs("3000", undefined)).toEqual(["dev", "--port", "3000", "--hostname", "127.0.0.1"]);
    expect(nextDevArgs("3000", "")).toContain("127.0.0.1");
    expect(nextDevArgs("3114", "0.0.0.0")).toEqual(["dev", "--port", "3114", "--hostname", "0.0.0.0"]);
  });
});
