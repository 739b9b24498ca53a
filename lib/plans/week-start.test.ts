import { describe, expect, it } from "vitest";
import { currentWeekStart, nextWeekStart } from "@/lib/plans/week-start";

describe("week start", () => {
  it("plans the coming Monday, in the person's time zone", () => {
    // Friday 2026-11-27 06:00 in Berlin is 05:00 UTC.
    expect(nextWeekStart(new Date("2026-11-27T05:00:00Z"), "Europe/Berlin")).toBe("2026-11-30");
    // Late Sunday in Los Angeles is already Monday in UTC: the week to plan is still the coming one.
    expect(nextWeekStart(new Date("2026-11-30T06:00:00Z"), "America/Los_Angeles")).toBe("2026-11-30");
    // On a Monday the next plan is for the Monday after.
    expect(nextWeekStart(new Date("2026-11-30T12:00:00Z"), "UTC")).toBe("2026-12-07");
  });

  it("knows the current week for a plan made on demand", () => {
    // Monday 2026-11-30 00:30 in Berlin is still Sunday 23:30 UTC.
    expect(currentWeekStart(new Date("2026-11-29T23:30:00Z"), "Europe/Berlin")).toBe("2026-11-30");
    expect(currentWeekStart(new Date("2026-11-29T23:30:00Z"), "UTC")).toBe("2026-11-23");
    expect(currentWeekStart(new Date("2026-12-06T12:00:00Z"), "Asia/Tokyo")).toBe("2026-11-30");
  });
});
