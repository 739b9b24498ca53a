import { describe, expect, it } from "vitest";
import { safeNextPath } from "@/lib/auth/safe-next";

const ORIGIN = "http://localhost:3000";

describe("safeNextPath", () => {
  it.each([
    ["/\\127.0.0.2:9/x"],
    ["/%5C127.0.0.2:9/x"],
    ["/%5c127.0.0.2:9/x"],
    ["/\t/127.0.0.2:9/x"],
    ["/%09/127.0.0.2:9/x"],
    ["/\n/evil.example"],
    ["/%0a/evil.example"],
    ["//evil.example/x"],
    ["/%2F/evil.example"],
    ["https://evil.example/x"],
    ["javascript:alert(1)"],
    ["evil.example"],
    [""],
    [null],
    ["/%E0%A4%A"],
  ])("refuses %j and falls back to /", (next) => {
    expect(safeNextPath(next, ORIGIN)).toBe("/");
  });

  it.each([
    ["/plan", "/plan"],
    ["/admin/flags/phase3?tab=rollout#stage", "/admin/flags/phase3?tab=rollout#stage"],
    ["/settings", "/settings"],
  ])("keeps the same-origin path %j", (next, expected) => {
    expect(safeNextPath(next, ORIGIN)).toBe(expected);
  });
});
