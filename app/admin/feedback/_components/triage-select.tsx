"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { triageReportAction } from "@/app/admin/feedback/actions";

const SEVERITIES = ["low", "medium", "high", "critical"] as const;

/** Sets a report's triaged severity; "critical" holds every rollout stage for 24 hours. */
export function TriageSelect({ reportId, current }: { reportId: string; current: string | null }) {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  return (
    <span className="flex items-center gap-2">
      <select
        aria-label="Triage severity"
        defaultValue={current ?? ""}
        disabled={isPending}
        className="rounded-md border border-stone-300 px-2 py-1 text-sm"
        onChange={(event) => {
          const severity = event.target.value as (typeof SEVERITIES)[number];
          setError(null);
          startTransition(async () => {
            const outcome = await triageReportAction({ reportId, severity });
            if (outcome?.serverError) return setError(outcome.serverError);
            router.refresh();
          });
        }}
      >
        <option value="" disabled>
          untriaged
        </option>
        {SEVERITIES.map((severity) => (
          <option key={severity} value={severity}>
            {severity}
          </option>
        ))}
      </select>
      {error && (
        <span role="alert" className="text-xs text-red-700">
          {error}
        </span>
      )}
    </span>
  );
}
