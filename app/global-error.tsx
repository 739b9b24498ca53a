"use client";
import { DATABASE_UNAVAILABLE_MESSAGE } from "@/lib/health/unavailable-page";

/** The root layout itself failed (its header reads the session from the database): a page of its own. */
export default function GlobalError({ reset }: { error: Error & { digest?: string }; reset: () => void }) {
  return (
    <html lang="en">
      <body
        style={{
          fontFamily: "system-ui, sans-serif",
          maxWidth: "32rem",
          margin: "4rem auto",
          padding: "0 1rem",
        }}
      >
        <h1 style={{ fontSize: "1.5rem" }}>Meal Planner is taking a short break</h1>
        <p>{DATABASE_UNAVAILABLE_MESSAGE}</p>
        <button type="button" onClick={reset} style={{ color: "#15803d", textDecoration: "underline" }}>
          Try again
        </button>
      </body>
    </html>
  );
}
