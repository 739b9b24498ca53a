import { describe, expect, it } from "vitest";
import { nextRunAfter, nextWeeklyRun } from "@/lib/jobs/next-run";

describe("nextWeeklyRun", () => {
  it("finds the coming Friday 06:00 in the person's zone", () => {
    // Wednesday 2026-11-25 12:00 UTC → Friday 2026-11-27 06:00 Berlin (05:00 UTC).
    expect(nextWeeklyRun(new Date("2026-11-25T12:00:00Z"), "Europe/Berlin", 5, 6).toISOString()).toBe(
      "2026-11-27T05:00:00.000Z",
    );
  });

  it("is strictly after: at the plan hour itself it answers next week", () => {
    expect(nextWeeklyRun(new Date("2026-11-27T05:00:00Z"), "Europe/Berlin", 5, 6).toISOString()).toBe(
      "2026-12-04T05:00:00.000Z",
    );
  });

  it("keeps 06:00 local across a DST change", () => {
    // Berlin leaves summer time on 2026-10-25: Friday 23 Oct is UTC+2, Friday 30 Oct is UTC+1.
    expect(nextWeeklyRun(new Date("2026-10-23T05:00:00Z"), "Europe/Berlin", 5, 6).toISOString()).toBe(
      "2026-10-30T05:00:00.000Z",
    );
    expect(nextWeeklyRun(new Date("2026-10-22T00:00:00Z"), "Europe/Berlin", 5, 6).toISOString()).toBe(
      "2026-10-23T04:00:00.000Z",
    );
  });

  it("handles zones ahead of UTC where the local day differs", () => {
    // Thursday 2026-11-26 22:00 UTC is already Friday 07:00 in Tokyo: the next Friday 06:00 is a week on.
    expect(nextWeeklyRun(new Date("2026-11-26T22:00:00Z"), "Asia/Tokyo", 5, 6).toISOString()).toBe(
      "2026-12-03T21:00:00.000Z",
    );
  });

  it("refuses an unknown zone", () => {
    expect(() => nextWeeklyRun(new Date(), "Mars/Olympus", 5, 6)).toThrow(RangeError);
  });
});

describe("nextRunAfter", () => {
  it("has no next run for a one-off job", () => {
    expect(
      nextRunAfter("once", new Date("2026-11-30T00:00:00Z"), new Date("2026-11-30T00:00:00Z")),
    ).toBeNull();
  });

  it("steps from the due time and skips runs missed while nothing dispatched", () => {
    const due = new Date("2026-11-27T08:00:00Z");
    expect(nextRunAfter("daily", due, new Date("2026-11-27T08:05:00Z"))?.toISOString()).toBe(
      "2026-11-28T08:00:00.000Z",
    );
    expect(nextRunAfter("daily", due, new Date("2026-11-30T09:00:00Z"))?.toISOString()).toBe(
      "2026-12-01T08:00:00.000Z",
    );
    expect(nextRunAfter("weekly", due, new Date("2026-11-27T08:05:00Z"))?.toISOString()).toBe(
      "2026-12-04T08:00:00.000Z",
    );
  });
});
