import Link from "next/link";
import { PlanBoard } from "@/app/(user)/plan/_components/plan-board";
import { weekLabel } from "@/components/plan/format";
import { MakePlanButton } from "@/components/plan/make-plan-button";
import { Relaxations } from "@/components/plan/relaxations";
import { TargetMisses } from "@/components/plan/target-misses";
import { RolloutNotice } from "@/components/plan/rollout-notice";
import { requireUser } from "@/lib/auth/session";
import { isFeatureEnabled } from "@/lib/flags/server";
import { currentWeekStart, GENERATION_FLAG, getPlanWeek, markPlanViewed } from "@/lib/plans";
import { getProfile, isInBetaProgram } from "@/lib/users";

export const metadata = { title: "This week · Meal Planner" };

export default async function PlanPage() {
  const user = await requireUser("/plan");
  if (!(await isFeatureEnabled({ id: user.id }, GENERATION_FLAG))) {
    return <RolloutNotice isBetaMember={await isInBetaProgram(user.id)} />;
  }
  // The week carries the time zone and targets: the profile is read only when there is no week to show.
  const week = await getPlanWeek(user.id);
  if (!week) {
    const profile = await getProfile(user.id);
    const hasTargets = Boolean(profile?.nutritionTarget);
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">This week</h1>
        <p className="text-stone-700" data-testid="no-plan">
          {hasTargets
            ? "No plan yet. Make this week's plan now; after that a new one arrives every week on your plan day."
            : "Set your daily targets first, then your first plan is made straight away."}
        </p>
        {hasTargets ? (
          <MakePlanButton />
        ) : (
          <Link href="/onboarding" className="text-brand-700 underline">
            Set your targets
          </Link>
        )}
      </section>
    );
  }
  const thisWeek = currentWeekStart(new Date(), week.timeZone);
  const isThisWeek = week.weekStart === thisWeek;
  if (week.isFirstView) await markPlanViewed(user.id, week.id);
  return (
    <section className="space-y-6">
      <div className="flex flex-wrap items-baseline justify-between gap-3">
        <div>
          <h1 className="text-2xl font-semibold">{isThisWeek ? "This week" : "Your latest plan"}</h1>
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
      {!isThisWeek && (
        <div
          className="flex flex-wrap items-center gap-3 rounded-md bg-brand-50 p-3 text-sm"
          data-testid="older-plan"
        >
          <span>This is your most recent plan; this week has none yet.</span>
          <MakePlanButton label="Make this week's plan" />
        </div>
      )}
      <Relaxations messages={week.relaxations} />
      <TargetMisses messages={week.targetMisses} />
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
