import Link from "next/link";
import { weekLabel } from "@/components/plan/format";
import { requireUser } from "@/lib/auth/session";
import { listPlanHistory } from "@/lib/plans";

export const metadata = { title: "Past weeks · Meal Planner" };

export default async function HistoryPage() {
  const user = await requireUser("/plan/history");
  const weeks = await listPlanHistory(user.id);
  return (
    <section className="mx-auto max-w-3xl space-y-4">
      <h1 className="text-2xl font-semibold">Past weeks</h1>
      {weeks.length === 0 ? (
        <p className="text-stone-700">No plans yet.</p>
      ) : (
        <>
          <p className="text-sm text-stone-600">
            Adherence counts the days on which every macro was within ±5 % of your current targets.
          </p>
          <ul
            className="divide-y divide-stone-200 rounded-lg border border-stone-200 bg-white"
            data-testid="history"
          >
            {weeks.map((week) => (
              <li key={week.weekStart} className="flex flex-wrap items-center justify-between gap-2 p-3">
                <Link
                  href={`/plan/history/${week.weekStart}`}
                  className="font-medium text-brand-700 underline"
                >
                  Week of {weekLabel(week.weekStart)}
                </Link>
                <span className="text-sm tabular-nums text-stone-700">
                  {week.daysOnTarget}/7 days on target · {week.averageKcal} kcal a day
                  {week.isEdited ? " · edited" : ""}
                </span>
              </li>
            ))}
          </ul>
        </>
      )}
    </section>
  );
}
