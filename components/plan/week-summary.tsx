import type { Macros } from "@/lib/catalogue/types";
import type { WeekSummary as Summary } from "@/lib/plans/summarise-days";
import { MACROS, signedPct } from "@/components/plan/format";

/** The week in one line per macro: daily average against target, and how many days landed within ±5 %. */
export function WeekSummary({ summary, targets }: { summary: Summary; targets: Macros }) {
  return (
    <section aria-labelledby="week-summary" className="rounded-lg border border-stone-200 bg-white p-4">
      <h2 id="week-summary" className="font-medium">
        Week summary
      </h2>
      <p className="mt-1 text-sm text-stone-700" data-testid="days-on-target">
        {summary.daysOnTarget} of 7 days within ±5 % of every target.
      </p>
      <dl className="mt-3 grid grid-cols-2 gap-3 text-sm sm:grid-cols-4">
        {MACROS.map(({ key, label, unit }) => (
          <div key={key}>
            <dt className="text-stone-600">{label} a day</dt>
            <dd className="tabular-nums">
              {Math.round(summary.averages[key])} {unit}{" "}
              <span className="text-stone-600">
                ({signedPct((100 * (summary.averages[key] - targets[key])) / targets[key])})
              </span>
            </dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
