"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition } from "react";
import { makePlanNowAction } from "@/app/(user)/plan/actions";

/** Makes this week's plan in the request (~a second) and shows it; errors are the server's own sentences. */
export function MakePlanButton({ label = "Make my plan now" }: { label?: string }) {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  const [error, setError] = useState<string | null>(null);
  function onClick() {
    setError(null);
    startTransition(async () => {
      const result = await makePlanNowAction({});
      if (result?.serverError) setError(result.serverError);
      else if (result?.data?.status === "not_enabled")
        setError("Weekly plans are not switched on for your account yet.");
      else router.refresh();
    });
  }
  return (
    <div className="space-y-2">
      <button
        type="button"
        onClick={onClick}
        disabled={isPending}
        className="rounded-md bg-brand-700 px-4 py-2 font-medium text-white hover:bg-green-800 disabled:opacity-60"
      >
        {isPending ? "Making your plan…" : label}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700" data-testid="make-plan-error">
          {error}
        </p>
      )}
    </div>
  );
}
