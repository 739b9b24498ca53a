"use client";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/health/unavailable-page";

/**
 * A page failed while rendering. In production the browser is not told why (Next.js strips server error
 * messages), and by far the most common cause is the database going away between the proxy's health gate
 * and the page's query, so the page says so and offers to try again.
 */
export default function PageError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <div className="mx-auto max-w-md space-y-3 text-center" role="alert">
      <h1 className="text-2xl font-semibold">This page could not load</h1>
      <p className="text-stone-600">{DATABASE_UNAVAILABLE_MESSAGE}</p>
      <button type="button" onClick={reset} className="text-brand-700 underline">
        Try again
      </button>
    </div>
  );
}
