"use client";
import Link from "next/link";
import { useState, useTransition } from "react";
import { dismissRolloutBannerAction } from "@/app/(user)/actions";

/** The 25 % stage's in-app announcement; dismissing it hides it at once and for good. */
export function RolloutBanner({ rolloutId }: { rolloutId: string }) {
  const [isVisible, setIsVisible] = useState(true);
  const [, startTransition] = useTransition();
  if (!isVisible) return null;
  return (
    <aside
      aria-label="Announcement"
      className="mb-6 flex flex-wrap items-center justify-between gap-3 rounded-lg border border-brand-600 bg-brand-50 px-4 py-3 text-sm"
      data-testid="rollout-banner"
    >
      <p>
        <strong>New:</strong> Weekly meal plans generated automatically!{" "}
        <Link href="/plan" className="font-medium text-brand-700 underline">
          View your plan →
        </Link>
      </p>
      <button
        type="button"
        onClick={() => {
          setIsVisible(false);
          startTransition(async () => {
            await dismissRolloutBannerAction({ rolloutId });
          });
        }}
        className="rounded border border-stone-300 bg-white px-2 py-1 text-stone-800 hover:bg-stone-100"
      >
        Dismiss
      </button>
    </aside>
  );
}
