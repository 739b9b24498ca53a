import { describe, expect, it } from "vitest";
import { isPlanHour, nextWeekStart } from "@/lib/plans/week-start";

describe("week start", () => {
  it("plans the coming Monday, in the person's time zone", () => {
    // Friday 2026-11-27 06:00 in Berlin is 05:00 UTC.
    expect(nextWeekStart(new Date("2026-11-27T05:00:00Z"), "Europe/Berlin")).toBe("2026-11-30");
    // Late Sunday in Los Angeles is already Monday in UTC: the week to plan is still the coming one.
    expect(nextWeekStart(new Date("2026-11-30T06:00:00Z"), "America/Los_Angeles")).toBe("2026-11-30");
    // On a Monday the next plan is for the Monday after.
    expect(nextWeekStart(new Date("2026-11-30T12:00:00Z"), "UTC")).toBe("2026-12-07");
  });

  it("matches the plan hour in local time only", () => {
    const fridaySixBerlin = new Date("2026-11-27T05:00:00Z");
    expect(isPlanHour(fridaySixBerlin, "Europe/Berlin", 5, 6)).toBe(true);
    expect(isPlanHour(fridaySixBerlin, "Europe/London", 5, 6)).toBe(false);
    expect(isPlanHour(fridaySixBerlin, "Asia/Tokyo", 5, 6)).toBe(false);
    expect(isPlanHour(fridaySixBerlin, "Not/AZone", 5, 6)).toBe(false);
  });
});
