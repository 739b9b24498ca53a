import Link from "next/link";
import { MakePlanButton } from "@/components/plan/make-plan-button";
import { RolloutNotice } from "@/components/plan/rollout-notice";
import { requireUser } from "@/lib/auth/session";
import { isFeatureEnabled } from "@/lib/flags/server";
import {
  currentWeekStart,
  GENERATION_FLAG,
  getLatestPlan,
  markPlanViewed,
  type LatestPlan,
} from "@/lib/plans";
import { getProfile, isInBetaProgram } from "@/lib/users";

export const metadata = { title: "Your week · Meal Planner" };

const DAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

function dayTotals(meals: LatestPlan["meals"]) {
  return meals.reduce(
    (t, m) => ({ kcal: t.kcal + m.kcal, p: t.p + m.proteinG, c: t.c + m.carbsG, f: t.f + m.fatG }),
    { kcal: 0, p: 0, c: 0, f: 0 },
  );
}

export default async function PlanPage() {
  const user = await requireUser("/plan");
  if (!(await isFeatureEnabled({ id: user.id }, GENERATION_FLAG))) {
    return <RolloutNotice isBetaMember={await isInBetaProgram(user.id)} />;
  }
  const [plan, profile] = await Promise.all([getLatestPlan(user.id), getProfile(user.id)]);
  if (!plan) {
    const hasTargets = Boolean(profile?.nutritionTarget);
    return (
      <section className="space-y-4">
        <h1 className="text-2xl font-semibold">Your week</h1>
        <p className="text-stone-700" data-testid="no-plan">
          {hasTargets
            ? "No plan yet. Make this week's plan now; after that a new one arrives every week on your plan day."
            : "Set your daily targets first, then your first plan is made straight away."}
        </p>
        {hasTargets ? (
          <MakePlanButton />
        ) : (
          <Link href="/settings" className="text-brand-700 underline">
            Set your targets
          </Link>
        )}
      </section>
    );
  }
  const thisWeek = currentWeekStart(new Date(), profile?.dietaryPreference?.timeZone ?? "UTC");
  const isThisWeek = plan.weekStart.toISOString().slice(0, 10) === thisWeek;
  await markPlanViewed(user.id, plan.id);
  const relaxations = Array.isArray(plan.relaxations) ? plan.relaxations.map(String) : [];
  return (
    <section className="space-y-6">
      <div className="flex items-baseline justify-between">
        <h1 className="text-2xl font-semibold">Week of {plan.weekStart.toISOString().slice(0, 10)}</h1>
        <Link href="/grocery" className="text-brand-700 underline">
          Grocery list
        </Link>
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
      {relaxations.length > 0 && (
        <ul className="rounded-md bg-amber-50 p-3 text-sm text-amber-900">
          {relaxations.map((message) => (
            <li key={message}>{message}</li>
          ))}
        </ul>
      )}
      <div className="grid gap-4 md:grid-cols-2 lg:grid-cols-3" data-testid="plan-days">
        {DAYS.map((name, dayIndex) => {
          const meals = plan.meals.filter((m) => m.dayIndex === dayIndex);
          const totals = dayTotals(meals);
          return (
            <article key={name} className="rounded-lg border border-stone-200 bg-white p-4">
              <h2 className="font-medium">{name}</h2>
              <ul className="mt-2 space-y-1 text-sm">
                {meals.map((meal) => (
                  <li key={meal.id}>
                    <span className="capitalize text-stone-500">{meal.slot}</span> · {meal.recipe.name}
                    {meal.servings !== 1 && <span className="text-stone-500"> × {meal.servings}</span>}
                    {meal.leftoverOfId && <span className="text-stone-500"> (leftovers)</span>}
                  </li>
                ))}
              </ul>
              <p className="mt-2 text-xs text-stone-500">
                {Math.round(totals.kcal)} kcal · P {Math.round(totals.p)} g · C {Math.round(totals.c)} g · F{" "}
                {Math.round(totals.f)} g
              </p>
            </article>
          );
        })}
      </div>
      {plan.prepTasks.length > 0 && (
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-medium">Prep plan</h2>
          <ol className="space-y-1 text-sm">
            {plan.prepTasks.map((task) => (
              <li key={task.id}>
                <span className="text-stone-500">{task.sessionLabel}:</span> {task.description}{" "}
                <span className="text-stone-500">({task.minutes} min)</span>
              </li>
            ))}
          </ol>
        </div>
      )}
    </section>
  );
}
