import Link from "next/link";
import { notFound } from "next/navigation";
import { PlanBoard } from "@/app/(user)/plan/_components/plan-board";
import { weekLabel } from "@/components/plan/format";
import { Relaxations } from "@/components/plan/relaxations";
import { TargetMisses } from "@/components/plan/target-misses";
import { requireUser } from "@/lib/auth/session";
import { getPlanWeek } from "@/lib/plans";

export const metadata = { title: "Past week · Meal Planner" };

export default async function PastWeekPage({ params }: { params: Promise<{ weekStart: string }> }) {
  const { weekStart } = await params;
  const user = await requireUser(`/plan/history/${weekStart}`);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(weekStart) || Number.isNaN(Date.parse(weekStart))) notFound();
  const week = await getPlanWeek(user.id, weekStart);
  if (!week) notFound();
  return (
    <section className="space-y-6">
      <div>
        <Link href="/plan/history" className="text-sm text-brand-700 underline">
          ← Past weeks
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">Week of {weekLabel(week.weekStart)}</h1>
        <p className="text-stone-600">A past week, read-only.</p>
      </div>
      <Relaxations messages={week.relaxations} />
      <TargetMisses messages={week.targetMisses} />
      {week.targets && <PlanBoard initial={week} isReadOnly />}
    </section>
  );
}
