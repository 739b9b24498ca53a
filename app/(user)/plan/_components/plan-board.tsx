"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import Link from "next/link";
import { useState } from "react";
import {
  getPlanWeekAction,
  lockMealAction,
  regenerateWeekAction,
  undoChangeAction,
} from "@/app/(user)/plan/change-actions";
import { SwapDialog } from "@/app/(user)/plan/_components/swap-dialog";
import { DAY_NAMES, dayDate, slotLabel } from "@/components/plan/format";
import { MacroBars } from "@/components/plan/macro-bars";
import { WeekSummary } from "@/components/plan/week-summary";
import { unwrapAction } from "@/lib/forms/unwrap-action";
import type { PlanWeek } from "@/lib/plans/get-plan-week";

type Meal = PlanWeek["meals"][number];

export const planWeekKey = (weekStart?: string) => ["plan-week", weekStart ?? "latest"] as const;

/**
 * The week as 7 day columns. Locking is optimistic (the padlock flips at once and flips back if the server
 * refuses); swaps, regenerating and undo wait for the server, then refresh the week from it.
 */
export function PlanBoard({ initial, isReadOnly = false }: { initial: PlanWeek; isReadOnly?: boolean }) {
  const queryClient = useQueryClient();
  const key = planWeekKey(isReadOnly ? initial.weekStart : undefined);
  const { data: week } = useQuery({
    queryKey: key,
    queryFn: async () =>
      unwrapAction(await getPlanWeekAction(isReadOnly ? { weekStart: initial.weekStart } : {})),
    initialData: initial,
  });
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string } | null>(null);
  const [swapping, setSwapping] = useState<Meal | null>(null);
  const plan = week ?? initial;

  const lock = useMutation({
    mutationFn: async (input: { plannedMealId: string; isLocked: boolean }) =>
      unwrapAction(await lockMealAction(input)),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: key });
      const previous = queryClient.getQueryData<PlanWeek | null>(key);
      queryClient.setQueryData<PlanWeek | null>(key, (old) =>
        old
          ? {
              ...old,
              meals: old.meals.map((m) =>
                m.id === input.plannedMealId ? { ...m, isLocked: input.isLocked } : m,
              ),
            }
          : old,
      );
      return { previous };
    },
    onError: (error, _input, context) => {
      queryClient.setQueryData(key, context?.previous);
      setMessage({ tone: "error", text: error.message });
    },
    onSuccess: (_data, input) =>
      setMessage({
        tone: "ok",
        text: input.isLocked ? "Meal locked: it stays when you plan again." : "Meal unlocked.",
      }),
  });

  const regenerate = useMutation({
    mutationFn: async () => unwrapAction(await regenerateWeekAction({ mealPlanId: plan.id })),
    onSuccess: async (result) => {
      await queryClient.invalidateQueries({ queryKey: key });
      setMessage({
        tone: "ok",
        text: `Planned the rest of the week again; ${result.lockedMeals} locked meal${result.lockedMeals === 1 ? "" : "s"} kept. Grocery list and prep updated.`,
      });
    },
    onError: (error) => setMessage({ tone: "error", text: error.message }),
  });

  const undo = useMutation({
    mutationFn: async () => unwrapAction(await undoChangeAction({ mealPlanId: plan.id })),
    onSuccess: async () => {
      await queryClient.invalidateQueries({ queryKey: key });
      setMessage({ tone: "ok", text: "Undone: your week is back as it was." });
    },
    onError: (error) => setMessage({ tone: "error", text: error.message }),
  });

  const isBusy = regenerate.isPending || undo.isPending;
  return (
    <div className="space-y-6">
      {!isReadOnly && (
        <div className="flex flex-wrap items-center gap-3">
          <button
            type="button"
            onClick={() => regenerate.mutate()}
            disabled={isBusy}
            className="rounded-md bg-brand-600 px-3 py-2 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {regenerate.isPending ? "Planning…" : "Plan the rest again"}
          </button>
          {plan.canUndo && (
            <button
              type="button"
              onClick={() => undo.mutate()}
              disabled={isBusy}
              className="rounded-md border border-stone-300 bg-white px-3 py-2 text-sm hover:bg-stone-100 disabled:opacity-60"
            >
              {undo.isPending ? "Undoing…" : "Undo last change"}
            </button>
          )}
          <p className="text-sm text-stone-600">Lock the meals you want to keep first.</p>
        </div>
      )}
      <p
        role="status"
        aria-live="polite"
        className={message?.tone === "error" ? "text-sm text-red-700" : "text-sm text-green-800"}
      >
        {message?.text}
      </p>
      {plan.summary && plan.targets && <WeekSummary summary={plan.summary} targets={plan.targets} />}
      <ol className="grid gap-4 sm:grid-cols-2 lg:grid-cols-4 xl:grid-cols-7" data-testid="plan-days">
        {DAY_NAMES.map((dayName, dayIndex) => {
          const meals = plan.meals.filter((m) => m.dayIndex === dayIndex);
          const day = plan.summary?.days[dayIndex];
          return (
            <li key={dayName} className="flex">
              <article
                className="flex w-full flex-col gap-3 rounded-lg border border-stone-200 bg-white p-3"
                data-testid={`day-${dayIndex}`}
              >
                <h2 className="font-medium">
                  {dayName}{" "}
                  <span className="text-sm font-normal text-stone-600">
                    {dayDate(plan.weekStart, dayIndex).split(" ").slice(1).join(" ")}
                  </span>
                </h2>
                <ul className="flex flex-col gap-2">
                  {meals.map((meal) => (
                    <MealCard
                      key={meal.id}
                      meal={meal}
                      householdSize={plan.householdSize}
                      isReadOnly={isReadOnly}
                      onSwap={() => setSwapping(meal)}
                      onLock={() => lock.mutate({ plannedMealId: meal.id, isLocked: !meal.isLocked })}
                    />
                  ))}
                </ul>
                {day && plan.targets && (
                  <div
                    className="mt-auto"
                    data-testid={`day-totals-${dayIndex}`}
                    data-kcal={Math.round(day.totals.kcal)}
                  >
                    <MacroBars
                      totals={day.totals}
                      targets={plan.targets}
                      label={`${dayName} against your targets`}
                    />
                  </div>
                )}
              </article>
            </li>
          );
        })}
      </ol>
      {swapping && (
        <SwapDialog
          meal={swapping}
          dayName={DAY_NAMES[swapping.dayIndex] ?? ""}
          onClose={() => setSwapping(null)}
          onSwapped={async (text) => {
            setSwapping(null);
            await queryClient.invalidateQueries({ queryKey: key });
            setMessage({ tone: "ok", text });
          }}
        />
      )}
    </div>
  );
}

function MealCard({
  meal,
  householdSize,
  isReadOnly,
  onSwap,
  onLock,
}: {
  meal: Meal;
  householdSize: number;
  isReadOnly: boolean;
  onSwap: () => void;
  onLock: () => void;
}) {
  const minutes = meal.recipe.prepMinutes + meal.recipe.cookMinutes;
  const slot = slotLabel(meal.slot, meal.slotIndex);
  return (
    <li
      className={`rounded-md border p-2 text-sm ${meal.isLocked ? "border-brand-600 bg-brand-50" : "border-stone-200"}`}
      data-testid="meal-card"
      data-meal-id={meal.id}
    >
      <p className="text-xs font-medium uppercase tracking-wide text-stone-600">
        {slot}
        {meal.isLocked && <span className="ml-1 normal-case text-brand-700">· locked</span>}
      </p>
      <Link
        href={`/plan/meals/${meal.id}`}
        className="font-medium text-stone-900 underline decoration-stone-300 underline-offset-2 hover:decoration-brand-600"
      >
        {meal.recipe.name}
      </Link>
      <p className="text-xs text-stone-600">
        {meal.leftoverOfId ? "Leftovers · " : `${minutes} min · `}
        {Math.round(meal.kcal)} kcal · {meal.servings} serving{meal.servings === 1 ? "" : "s"}
        {householdSize > 1 ? ` each, ${householdSize} people` : ""}
      </p>
      {!isReadOnly && (
        <div className="mt-2 flex gap-2">
          <button
            type="button"
            onClick={onSwap}
            disabled={meal.isLocked}
            aria-label={`Swap ${slot.toLowerCase()}: ${meal.recipe.name}`}
            className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100 disabled:opacity-50"
          >
            Swap
          </button>
          <button
            type="button"
            onClick={onLock}
            aria-pressed={meal.isLocked}
            aria-label={`${meal.isLocked ? "Unlock" : "Lock"} ${slot.toLowerCase()}: ${meal.recipe.name}`}
            className="rounded border border-stone-300 px-2 py-0.5 text-xs hover:bg-stone-100"
          >
            {meal.isLocked ? "Unlock" : "Lock"}
          </button>
        </div>
      )}
    </li>
  );
}
