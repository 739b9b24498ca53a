"use client";
import { useState, useTransition } from "react";
import { describeValidationErrors } from "@/lib/forms/describe-validation-errors";

/** What a next-safe-action server action resolves to, as far as this form cares. */
interface ActionOutcome {
  serverError?: string;
  validationErrors?: unknown;
}

type Kind = "feedback" | "bug";
type Severity = "low" | "medium" | "high" | "critical";

interface FeedbackFormProps {
  onSubmit: (
    input: { kind: "feedback"; message: string } | { kind: "bug"; message: string; severity: Severity },
  ) => Promise<ActionOutcome | undefined>;
}

/** Feedback or a bug report with how bad it is; staff triage what arrives. */
export function FeedbackForm({ onSubmit }: FeedbackFormProps) {
  const [kind, setKind] = useState<Kind>("feedback");
  const [severity, setSeverity] = useState<Severity>("medium");
  const [message, setMessage] = useState("");
  const [status, setStatus] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSend() {
    setStatus(null);
    startTransition(async () => {
      const outcome = await onSubmit(kind === "bug" ? { kind, message, severity } : { kind, message });
      if (outcome?.serverError) return setStatus({ tone: "error", text: outcome.serverError });
      if (outcome?.validationErrors)
        return setStatus({
          tone: "error",
          text: describeValidationErrors(outcome.validationErrors, "Please check the form."),
        });
      setMessage("");
      setStatus({ tone: "ok", text: "Thank you — we read every report." });
    });
  }

  return (
    <form
      className="space-y-3 rounded-lg border border-stone-200 bg-white p-4"
      data-testid="feedback-form"
      onSubmit={(event) => {
        event.preventDefault();
        onSend();
      }}
    >
      <fieldset className="flex gap-4 text-sm">
        <legend className="mb-1 font-medium">What is it?</legend>
        {(["feedback", "bug"] as const).map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input type="radio" name="kind" checked={kind === value} onChange={() => setKind(value)} />
            {value === "feedback" ? "Feedback or an idea" : "Something is broken"}
          </label>
        ))}
      </fieldset>
      {kind === "bug" && (
        <label className="block text-sm">
          <span className="font-medium">How bad is it?</span>
          <select
            value={severity}
            onChange={(event) => setSeverity(event.target.value as Severity)}
            className="ml-2 rounded-md border border-stone-300 px-2 py-1"
          >
            <option value="low">Low — cosmetic</option>
            <option value="medium">Medium — annoying</option>
            <option value="high">High — I can&apos;t do something</option>
            <option value="critical">Critical — wrong or unsafe plan</option>
          </select>
        </label>
      )}
      <label className="block text-sm">
        <span className="font-medium">Tell us</span>
        <textarea
          value={message}
          onChange={(event) => setMessage(event.target.value)}
          rows={4}
          className="mt-1 w-full rounded-md border border-stone-300 p-2"
        />
      </label>
      {status && (
        <p
          role={status.tone === "error" ? "alert" : "status"}
          className={status.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}
        >
          {status.text}
        </p>
      )}
      <button
        type="submit"
        disabled={isPending}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white disabled:opacity-50"
      >
        {isPending ? "Sending…" : "Send"}
      </button>
    </form>
  );
}
