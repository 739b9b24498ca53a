"use client";
import { useState, useTransition } from "react";
import { joinBetaAction } from "@/app/(user)/plan/actions";

export function JoinBetaButton({ isMember }: { isMember: boolean }) {
  const [isPending, startTransition] = useTransition();
  const [joined, setJoined] = useState(isMember);
  const [error, setError] = useState<string | null>(null);
  if (joined) {
    return (
      <p className="rounded-md bg-brand-50 p-3 text-sm text-stone-800" data-testid="beta-joined">
        You are in the beta programme. We will e-mail you when weekly plans are switched on for you.
      </p>
    );
  }
  function onClick() {
    setError(null);
    startTransition(async () => {
      const result = await joinBetaAction({});
      if (result?.serverError) setError(result.serverError);
      else setJoined(true);
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
        {isPending ? "Joining…" : "Join the beta"}
      </button>
      {error && (
        <p role="alert" className="text-sm text-red-700">
          {error}
        </p>
      )}
    </div>
  );
}
