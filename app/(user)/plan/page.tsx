import Link from "next/link";
import { PlanBoard } from "@/app/(user)/plan/_components/plan-board";
import { weekLabel } from "@/components/plan/format";
import { Relaxations } from "@/components/plan/relaxations";
import { requireUser } from "@/lib/auth/session";
import { getPlanWeek, markPlanViewed } from "@/lib/plans";

export const metadata = { title: "This week · Meal Planner" };

export default async function PlanPage() {
  const user = await requireUser("/plan");
  const week = await getPlanWeek(user.id);
  if (!week) {
    return (
      <section className="space-y-2">
        <h1 className="text-2xl font-semibold">This week</h1>
        <p className="text-stone-700" data-testid="no-plan">
          No plan yet. Your first plan is made on your plan day; you will get an e-mail when it is ready.
        </p>
      </section>
    );
  }
  if (week.isFirstView) await markPlanViewed(user.id, week.id);
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">This week</h1>
          <p className="text-stone-600">Week of {weekLabel(week.weekStart)}</p>
        </div>
        <nav aria-label="This week's lists" className="flex flex-wrap gap-4 text-sm">
          <Link href="/grocery" className="text-brand-700 underline">
            Grocery list
          </Link>
          <Link href="/plan/prep" className="text-brand-700 underline">
            Prep timeline
          </Link>
          <Link href="/plan/history" className="text-brand-700 underline">
            Past weeks
          </Link>
        </nav>
      </div>
      <Relaxations messages={week.relaxations} />
      {week.targets ? (
        <PlanBoard initial={week} />
      ) : (
        <p className="text-stone-700">
          Set your daily targets in{" "}
          <Link href="/settings" className="text-brand-700 underline">
            settings
          </Link>{" "}
          to see each day against them.
        </p>
      )}
    </section>
  );
}
