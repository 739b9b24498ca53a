import type { Macros } from "@/lib/catalogue/types";
import { MACROS, signedPct } from "@/components/plan/format";

/** One bar per macro: the day's total against its target, with the signed deviation in words and numbers. */
export function MacroBars({ totals, targets, label }: { totals: Macros; targets: Macros; label: string }) {
  return (
    <dl className="space-y-1 text-xs" aria-label={label}>
      {MACROS.map(({ key, label: name, unit }) => {
        const pct = targets[key] > 0 ? (100 * totals[key]) / targets[key] : 0;
        const deviation = pct - 100;
        const isOff = Math.abs(deviation) > 5;
        return (
          <div key={key}>
            <dt className="float-left text-stone-600">{name}</dt>
            <dd className="text-right tabular-nums">
              {Math.round(totals[key])}/{targets[key]} {unit}{" "}
              <span className={isOff ? "font-medium text-amber-800" : "text-stone-600"}>
                {signedPct(deviation)}
              </span>
              <span
                className="mt-0.5 block h-1.5 w-full overflow-hidden rounded bg-stone-200"
                aria-hidden="true"
              >
                <span
                  className={`block h-full rounded ${isOff ? "bg-amber-600" : "bg-brand-600"}`}
                  style={{ width: `${Math.min(100, pct)}%` }}
                />
              </span>
            </dd>
          </div>
        );
      })}
    </dl>
  );
}
