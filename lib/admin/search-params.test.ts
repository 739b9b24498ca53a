import { describe, expect, it } from "vitest";
import { JobFiltersSchema } from "@/lib/admin/job-filters";
import { AuditFiltersSchema } from "@/lib/admin/audit-filters";
import { OutboxFiltersSchema } from "@/lib/admin/outbox-filters";
import { flattenSearchParams, parseSearchParams } from "@/lib/admin/search-params";

describe("flattenSearchParams", () => {
  it("keeps the first value of a repeated key and drops blank ones", () => {
    expect(
      flattenSearchParams({ status: ["failed", "completed"], user: "  ", type: undefined, to: " x " }),
    ).toEqual({
      status: "failed",
      to: "x",
    });
  });
});

describe("parsing the jobs page's filters", () => {
  it("defaults to no filters and the first pages", () => {
    expect(parseSearchParams(JobFiltersSchema, {})).toEqual({
      isValid: true,
      data: {},
    });
  });

  it("treats fields a form submitted empty as absent", () => {
    const parsed = parseSearchParams(JobFiltersSchema, {
      type: "",
      status: "",
      user: "",
      from: "",
      to: "",
      older: "",
    });
    expect(parsed).toEqual({ isValid: true, data: {} });
  });

  it("reads enums, text, page cursors and datetime-local values as UTC", () => {
    const parsed = parseSearchParams(JobFiltersSchema, {
      type: "AutoSync",
      status: "failed",
      user: "Ana",
      from: "2026-03-01T08:30",
      to: "2026-03-02T09:15:30",
      older: "2026-03-01T09:00:00.000Z_cm4run1",
      scheduledNewer: "2026-03-01T07:00:00.000Z_cm4job9",
    });
    expect(parsed).toEqual({
      isValid: true,
      data: {
        type: "AutoSync",
        status: "failed",
        user: "Ana",
        from: new Date("2026-03-01T08:30:00Z"),
        to: new Date("2026-03-02T09:15:30Z"),
        older: { at: new Date("2026-03-01T09:00:00Z"), id: "cm4run1" },
        scheduledNewer: { at: new Date("2026-03-01T07:00:00Z"), id: "cm4job9" },
      },
    });
  });

  it.each([
    [
      { status: "bogus" },
      /Unknown status “bogus”\. Choose one of: pending, running, completed, failed, cancelled\./,
    ],
    [{ type: "Nightly" }, /Unknown job type “Nightly”/],
    [{ from: "yesterday" }, /From must be a date and time like 2026-03-01T08:30 \(UTC\)\./],
    [{ to: "2026-02-30T10:00" }, /To must be a date and time/],
    [{ from: "2026-03-02T00:00", to: "2026-03-01T00:00" }, /“From” must not be later than “To”\./],
    [{ older: "page-2" }, /That page link is not valid any more/],
    [
      { older: "2026-03-01T09:00:00.000Z_a", newer: "2026-03-01T09:00:00.000Z_b" },
      /either older or newer than another, not both/,
    ],
    [{ scheduledOlder: "two" }, /That page link is not valid any more/],
    [{ user: "x".repeat(201) }, /User e-mail is longer than 200 characters\./],
  ])("explains what is wrong with %j", (raw, message) => {
    const parsed = parseSearchParams(JobFiltersSchema, raw);
    expect(parsed.isValid).toBe(false);
    if (!parsed.isValid) expect(parsed.message).toMatch(message);
  });
});

describe("parsing the audit and outbox filters", () => {
  it("accepts free-text audit filters", () => {
    expect(parseSearchParams(AuditFiltersSchema, { action: "flag.kill_switch", actor: "staff@" })).toEqual({
      isValid: true,
      data: { action: "flag.kill_switch", actor: "staff@" },
    });
  });

  it("rejects an unknown e-mail status", () => {
    const parsed = parseSearchParams(OutboxFiltersSchema, { status: "lost", template: "plan-ready" });
    expect(parsed).toEqual({
      isValid: false,
      message: "Unknown status “lost”. Choose one of: pending, sent, delivered, failed, bounced, suppressed.",
    });
  });
});
