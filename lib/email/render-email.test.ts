import { describe, expect, it } from "vitest";
import { ZodError } from "zod";
import { BetaInviteEmail } from "@/emails/beta-invite";
import { FullRolloutEmail } from "@/emails/full-rollout";
import { PasswordResetEmail } from "@/emails/password-reset";
import { PlanReadyEmail } from "@/emails/plan-ready";
import { RollbackAlertEmail } from "@/emails/rollback-alert";
import type { EmailPayloads, EmailTemplateName } from "@/lib/email/email-payloads";
import {
  EMAIL_TEMPLATE_NAMES,
  EMAIL_TEMPLATES,
  renderEmail,
  renderStoredEmail,
  type RenderedEmail,
} from "@/lib/email/render-email";

const APP_URL = "https://meals.example.test";

/** Splits a template's preview props into the stored payload and the render context. */
function fromPreview<P extends { appUrl: string }>({ appUrl, ...payload }: P) {
  return { appUrl, payload };
}

const PREVIEW_PAYLOADS: { [T in EmailTemplateName]: EmailPayloads[T] } = {
  "plan-ready": fromPreview(PlanReadyEmail.PreviewProps).payload,
  "beta-invite": fromPreview(BetaInviteEmail.PreviewProps).payload,
  "full-rollout": fromPreview(FullRolloutEmail.PreviewProps).payload,
  "rollback-alert": fromPreview(RollbackAlertEmail.PreviewProps).payload,
  "password-reset": fromPreview(PasswordResetEmail.PreviewProps).payload,
};

function render<T extends EmailTemplateName>(template: T, payload: EmailPayloads[T], appUrl = APP_URL) {
  return renderEmail(template, payload, { appUrl });
}

// A copy placeholder such as "[First Name]" or "{{name}}", or a value that went missing on the way in.
// Outlook's `<!--[if mso]>` comments in the HTML start lower-case, so they do not match.
const PLACEHOLDER = /\[[A-Z][^\]]*\]|\{\{|\bundefined\b|\bNaN\b|\bnull\b|\[object Object\]/;

function expectNoPlaceholders({ subject, html, text }: RenderedEmail): void {
  expect(subject).not.toMatch(PLACEHOLDER);
  expect(subject).not.toMatch(/[[\]]/);
  expect(text).not.toMatch(PLACEHOLDER);
  expect(text).not.toMatch(/[[\]]/);
  expect(html).not.toMatch(PLACEHOLDER);
}

describe("the template registry", () => {
  it("lists the templates, and only the staff alert and the password reset ignore opt-out", () => {
    expect([...EMAIL_TEMPLATE_NAMES].sort()).toEqual([
      "beta-invite",
      "full-rollout",
      "password-reset",
      "plan-ready",
      "rollback-alert",
    ]);
    const userFacing = EMAIL_TEMPLATE_NAMES.filter((name) => EMAIL_TEMPLATES[name].isUserFacing);
    expect(userFacing.sort()).toEqual(["beta-invite", "full-rollout", "plan-ready"]);
  });

  it.each(EMAIL_TEMPLATE_NAMES)(
    "%s: preview props are a valid payload and render without placeholders",
    async (name) => {
      const rendered = await renderStoredEmail(name, PREVIEW_PAYLOADS[name], { appUrl: APP_URL });
      expect(rendered.subject.length).toBeGreaterThan(10);
      expect(rendered.html).toMatch(/^<!DOCTYPE html/i);
      expect(rendered.text.length).toBeGreaterThan(100);
      expect(rendered.text).not.toContain("<");
      expectNoPlaceholders(rendered);
    },
  );

  it("rejects a payload that does not fit the template", async () => {
    await expect(
      renderStoredEmail("plan-ready", { weekStart: "next week", daysPlanned: 9 }, { appUrl: APP_URL }),
    ).rejects.toBeInstanceOf(ZodError);
  });
});

describe("plan-ready", () => {
  const payload = PREVIEW_PAYLOADS["plan-ready"];

  it("names the week and shows the week's highlights with links to the plan, grocery list and settings", async () => {
    const { subject, html, text } = await render("plan-ready", payload);
    expect(subject).toBe("Your meal plan for the week of 30 November is ready");
    expect(text).toContain("Hi Sam,");
    expect(text).toContain("Days planned: 7 (21 meals)");
    expect(text).toContain("2,140 kcal against your target of 2,200 kcal (on target)");
    expect(text).toContain("Grocery list: 34 items");
    expect(text).toContain("Chickpea and spinach curry");
    expect(text).toContain(`Open your plan ${APP_URL}/plan`);
    expect(text).toContain(`${APP_URL}/grocery`);
    expect(text).toMatch(/turn off plan e-mails in your settings https:\/\/meals\.example\.test\/settings/);
    expect(html).toContain(`href="${APP_URL}/plan"`);
    expect(html).toContain(`href="${APP_URL}/grocery"`);
    expect(html).toContain(`href="${APP_URL}/settings"`);
  });

  it("says how far off target the average is, and leaves out what the payload does not have", async () => {
    const { text } = await render("plan-ready", {
      weekStart: "2027-01-04",
      daysPlanned: 5,
      mealsPlanned: 15,
      avgKcal: 1700,
      targetKcal: 2000,
    });
    expect(text).toContain("Hi,");
    expect(text).toContain("1,700 kcal against your target of 2,000 kcal (300 kcal under)");
    expect(text).not.toContain("Grocery list:");
    expect(text).not.toContain("On the menu");

    const over = await render("plan-ready", { ...payload, avgKcal: 2600, targetKcal: 2200 });
    expect(over.text).toContain("(400 kcal over)");
  });

  it("shows every day's energy, protein, carbs and fat against the targets, in the HTML and the text", async () => {
    const { html, text } = await render("plan-ready", payload);
    expect(text).toMatch(/Day\s+Energy \(kcal\)\s+Protein \(g\)\s+Carbs \(g\)\s+Fat \(g\)/);
    expect(text).toMatch(/Mon 30 Nov\s+2,150 \/ 2,200\s+148 \/ 150\s+212 \/ 220\s+71 \/ 73/);
    expect(text).toMatch(/Sun 6 Dec\s+2,040 \/ 2,200\s+141 \/ 150\s+199 \/ 220\s+68 \/ 73/);
    expect(text.match(/ \/ 2,200/g)).toHaveLength(7);
    expect(html).toContain("Protein (g)");
    expect(html).toMatch(/<td[^>]*>Thu 3 Dec<\/td><td[^>]*>2,230 \/ 2,200<\/td>/);
  });

  it("leaves the daily table out of e-mails queued before it existed", async () => {
    const older = { ...payload, days: undefined, targets: undefined };
    const { text } = await render("plan-ready", older);
    expect(text).not.toContain("Protein");
    expect(text).toContain("2,140 kcal against your target of 2,200 kcal");
  });

  it("links to one-click unsubscribe when the send gives it a link, and only then", async () => {
    const url = "https://meals.example.test/unsubscribe?token=v1.abc.123.sig";
    const withLink = await renderEmail("plan-ready", payload, { appUrl: APP_URL, unsubscribeUrl: url });
    expect(withLink.html).toContain(`href="${url}"`);
    expect(withLink.text).toContain(`To stop them, unsubscribe ${url} or turn off plan e-mails`);
    const without = await render("plan-ready", payload);
    expect(without.text).not.toContain("unsubscribe");
  });

  it("shows at most three featured meals", async () => {
    const meals = ["One pot", "Two tacos", "Three bean chilli", "Four cheese pasta"];
    const { text } = await render("plan-ready", { ...payload, featuredMeals: meals });
    expect(text).toContain("Three bean chilli");
    expect(text).not.toContain("Four cheese pasta");
  });

  it("does not double the slash when APP_URL ends in one", async () => {
    const { html } = await render("plan-ready", payload, `${APP_URL}/`);
    expect(html).toContain(`href="${APP_URL}/plan"`);
    expect(html).not.toContain("test//");
  });
});

describe("beta-invite", () => {
  it("carries the plan's copy with the person's first plan day and real links", async () => {
    const { subject, text } = await render("beta-invite", PREVIEW_PAYLOADS["beta-invite"]);
    expect(subject).toBe("You're invited: early access to automatic meal planning");
    expect(text).toContain("Hi Sam,");
    expect(text).toContain("every Friday");
    expect(text).toContain("Your first meal plan will be generated on Friday 4 December.");
    expect(text).toContain(`${APP_URL}/plan`);
    expect(text).toContain(`your settings ${APP_URL}/settings`);
    expect(text).toContain("Reply to this e-mail with bugs or suggestions");
  });

  it("offers one-click unsubscribe in the footer only when the send gives a link", async () => {
    const url = "https://meals.example.test/unsubscribe?token=v1.abc.123.sig";
    const withLink = await renderEmail("beta-invite", PREVIEW_PAYLOADS["beta-invite"], {
      appUrl: APP_URL,
      unsubscribeUrl: url,
    });
    expect(withLink.text).toContain(`Unsubscribe ${url}`);
    const without = await render("beta-invite", PREVIEW_PAYLOADS["beta-invite"]);
    expect(without.text).not.toContain("Unsubscribe");
  });

  it("follows the person's plan day", async () => {
    const { text } = await render("beta-invite", { firstPlanOn: "2026-12-06" });
    expect(text).toContain("Hi,");
    expect(text).toContain("every Sunday");
    expect(text).toContain("Sunday 6 December");
  });
});

describe("full-rollout", () => {
  it("carries the plan's copy with the first plan day and links to plan and settings", async () => {
    const { subject, text } = await render("full-rollout", PREVIEW_PAYLOADS["full-rollout"]);
    expect(subject).toBe("Your personalised meal plans are here 🍽️");
    expect(text).toContain("A 7-day meal plan every Friday");
    expect(text).toContain("Friday 4 December");
    expect(text).toContain(`Go to your meal plan ${APP_URL}/plan`);
    expect(text).toContain(`${APP_URL}/settings`);
    expect(text).toContain("Reply to this e-mail");
  });
});

describe("rollback-alert", () => {
  const payload = PREVIEW_PAYLOADS["rollback-alert"];

  it("states the rule, value against threshold, window, time and what was undone", async () => {
    const { subject, html, text } = await render("rollback-alert", payload);
    expect(subject).toBe("Rollback: phase3_generation_engine (Job error rate 7.25% > 5%)");
    expect(text).toContain("Flag: phase3_generation_engine");
    expect(text).toContain("Trigger: automatic (rollout guard)");
    expect(text).toContain("Rule: Job error rate (job_error_rate)");
    expect(text).toContain("Value: 7.25% against a threshold of 5%");
    expect(text).toContain("Sustained for: 2 minutes");
    expect(text).toContain("Time: 27 Nov 2026, 14:05 UTC");
    expect(text).toContain("Flag switched off for everyone");
    expect(text).toContain("42 enrolments removed");
    expect(text).toContain("17 pending jobs cancelled");
    expect(html).toContain(`href="${APP_URL}/admin/rollbacks"`);
  });

  it("describes a manual rollback by who did it, without a rule", async () => {
    const { subject, text } = await render("rollback-alert", {
      flagName: "phase3_generation_engine",
      trigger: "manual",
      reason: "Bad plans reported by beta testers",
      actorLabel: "ops@meal-planner.test",
      occurredAt: "2026-11-28T09:30:00+01:00",
      isFlagDisabled: false,
      removedEnrolments: 1,
      cancelledJobs: 0,
    });
    expect(subject).toBe("Rollback: phase3_generation_engine rolled back by ops@meal-planner.test");
    expect(text).toContain("Trigger: manual, by ops@meal-planner.test");
    expect(text).not.toContain("Rule:");
    expect(text).toContain("Time: 28 Nov 2026, 08:30 UTC");
    expect(text).toContain("Flag left on");
    expect(text).toContain("1 enrolment removed");
    expect(text).toContain("0 pending jobs cancelled");
  });

  it("writes units other than percent after a space and windows in the largest whole unit", async () => {
    const { subject, text } = await render("rollback-alert", {
      ...payload,
      breach: {
        rule: "p99_latency",
        label: "P99 generation latency",
        value: 72.5,
        threshold: 60,
        unit: "s",
        windowSeconds: 300,
      },
    });
    expect(subject).toContain("(P99 generation latency 72.5 s > 60 s)");
    expect(text).toContain("Sustained for: 5 minutes");
  });
});
