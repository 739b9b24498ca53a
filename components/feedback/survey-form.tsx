"use client";
import { useState, useTransition } from "react";
import { describeValidationErrors } from "@/lib/forms/describe-validation-errors";

/** What a next-safe-action server action resolves to, as far as this form cares. */
interface ActionOutcome {
  serverError?: string;
  validationErrors?: unknown;
}

interface SurveyFormProps {
  rolloutId: string;
  onSubmit: (input: {
    rolloutId: string;
    satisfaction: number;
    featureRequest?: string;
    bugReport?: string;
  }) => Promise<ActionOutcome | undefined>;
}

/** The follow-up survey: satisfaction 1–5, what to build next, anything broken. */
export function SurveyForm({ rolloutId, onSubmit }: SurveyFormProps) {
  const [satisfaction, setSatisfaction] = useState<number | null>(null);
  const [featureRequest, setFeatureRequest] = useState("");
  const [bugReport, setBugReport] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isDone, setIsDone] = useState(false);
  const [isPending, startTransition] = useTransition();

  if (isDone) return <p className="text-sm text-green-800">Thanks for answering the survey.</p>;

  return (
    <form
      className="space-y-3 rounded-lg border border-brand-200 bg-brand-50 p-4"
      data-testid="survey-form"
      onSubmit={(event) => {
        event.preventDefault();
        if (satisfaction === null) return setError("Pick how happy you are, 1 to 5.");
        startTransition(async () => {
          const outcome = await onSubmit({
            rolloutId,
            satisfaction,
            featureRequest: featureRequest.trim() || undefined,
            bugReport: bugReport.trim() || undefined,
          });
          if (outcome?.serverError) return setError(outcome.serverError);
          if (outcome?.validationErrors)
            return setError(describeValidationErrors(outcome.validationErrors, "Please check the survey."));
          setIsDone(true);
        });
      }}
    >
      <h2 className="font-medium">A week with automatic plans: how is it going?</h2>
      <fieldset className="flex gap-3 text-sm">
        <legend className="mb-1">How satisfied are you? (1 = not at all, 5 = very)</legend>
        {[1, 2, 3, 4, 5].map((value) => (
          <label key={value} className="flex items-center gap-1">
            <input
              type="radio"
              name="satisfaction"
              checked={satisfaction === value}
              onChange={() => setSatisfaction(value)}
            />
            {value}
          </label>
        ))}
      </fieldset>
      <label className="block text-sm">
        What should we build next?
        <textarea
          value={featureRequest}
          onChange={(event) => setFeatureRequest(event.target.value)}
          rows={2}
          className="mt-1 w-full rounded-md border border-stone-300 p-2"
        />
      </label>
      <label className="block text-sm">
        Anything broken?
        <textarea
          value={bugReport}
          onChange={(event) => setBugReport(event.target.value)}
          rows={2}
          className="mt-1 w-full rounded-md border border-stone-300 p-2"
        />
      </label>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
      <button
        type="submit"
        disabled={isPending}
        className="rounded-md bg-brand-600 px-3 py-1.5 text-sm text-white disabled:opacity-50"
      >
        {isPending ? "Sending…" : "Send answers"}
      </button>
    </form>
  );
}
