import Link from "next/link";
import { requireUser } from "@/lib/auth/session";
import { getPrepPlan } from "@/lib/plans";
import { weekLabel } from "@/components/plan/format";

export const metadata = { title: "Prep timeline · Meal Planner" };

export default async function PrepPage() {
  const user = await requireUser("/plan/prep");
  const prep = await getPrepPlan(user.id);
  if (!prep) {
    return (
      <section className="space-y-2">
        <h1 className="text-2xl font-semibold">Prep timeline</h1>
        <p className="text-stone-700">No plan yet, so nothing to prepare.</p>
      </section>
    );
  }
  const total = prep.sessions.reduce((sum, s) => sum + s.minutes, 0);
  return (
    <section className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Prep timeline</h1>
        <p className="text-stone-600">
          Week of {weekLabel(prep.weekStart)} · {prep.sessions.length} session
          {prep.sessions.length === 1 ? "" : "s"}, {total} min in all
        </p>
      </div>
      {prep.sessions.length === 0 ? (
        <p className="text-stone-700">This week needs no batch prep: every meal is cooked fresh.</p>
      ) : (
        <ol className="space-y-4" data-testid="prep-sessions">
          {prep.sessions.map((session) => (
            <li
              key={`${session.day}-${session.label}`}
              className="rounded-lg border border-stone-200 bg-white p-4"
            >
              <h2 className="flex justify-between gap-3 font-medium">
                <span>{session.label}</span>
                <span className="tabular-nums text-stone-600">{session.minutes} min</span>
              </h2>
              <ol className="mt-2 space-y-1 text-sm">
                {session.tasks.map((task) => (
                  <li key={task.id} className="flex justify-between gap-3">
                    <span>{task.description}</span>
                    <span className="shrink-0 tabular-nums text-stone-600">{task.minutes} min</span>
                  </li>
                ))}
              </ol>
            </li>
          ))}
        </ol>
      )}
      <Link href="/plan" className="text-sm text-brand-700 underline">
        ← This week
      </Link>
    </section>
  );
}
