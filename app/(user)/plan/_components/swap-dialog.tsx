"use client";
import { useMutation, useQuery } from "@tanstack/react-query";
import { useEffect, useRef, useState } from "react";
import { previewSwapAction, swapMealAction } from "@/app/(user)/plan/change-actions";
import { MACROS } from "@/components/plan/format";
import { unwrapAction } from "@/lib/forms/unwrap-action";
import type { PlanWeek } from "@/lib/plans/get-plan-week";

type Meal = PlanWeek["meals"][number];

/**
 * Shows the engine's best replacement and the day's totals before and after, and swaps only on confirm.
 * "Show another" turns the suggestion down and asks for the next best.
 */
export function SwapDialog({
  meal,
  dayName,
  onClose,
  onSwapped,
}: {
  meal: Meal;
  dayName: string;
  onClose: () => void;
  onSwapped: (message: string) => void;
}) {
  const [exclude, setExclude] = useState<string[]>([]);
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    dialog.current?.showModal();
  }, []);
  const preview = useQuery({
    queryKey: ["swap-preview", meal.id, exclude],
    queryFn: async () => unwrapAction(await previewSwapAction({ plannedMealId: meal.id, exclude })),
    staleTime: 0,
    refetchOnWindowFocus: false,
    retry: false,
  });
  const confirm = useMutation({
    mutationFn: async (recipeSlug: string) =>
      unwrapAction(await swapMealAction({ plannedMealId: meal.id, exclude, recipeSlug })),
    onSuccess: (result) =>
      onSwapped(
        `Swapped ${result.current.name} for ${result.replacement.name}. Grocery list and prep updated.`,
      ),
  });
  const data = preview.data;
  return (
    <dialog
      ref={dialog}
      onClose={onClose}
      aria-labelledby="swap-title"
      className="m-auto w-[min(32rem,calc(100vw-2rem))] rounded-lg border border-stone-200 p-0 shadow-xl backdrop:bg-stone-900/40"
    >
      <div className="space-y-4 p-5">
        <h2 id="swap-title" className="text-lg font-semibold">
          Swap {dayName}&apos;s {meal.slot}
        </h2>
        {preview.isPending && <p className="text-sm text-stone-600">Finding the best replacement…</p>}
        {preview.isError && (
          <p role="alert" className="text-sm text-red-700">
            {preview.error.message}
          </p>
        )}
        {data && (
          <>
            <p className="text-sm">
              Replace <strong>{data.current.name}</strong> with{" "}
              <strong data-testid="swap-replacement">{data.replacement.name}</strong> (
              {data.replacement.servings} serving{data.replacement.servings === 1 ? "" : "s"},{" "}
              {Math.round(data.replacement.macros.kcal)} kcal).
            </p>
            <table className="w-full text-sm">
              <caption className="mb-1 text-left text-stone-600">{dayName}&apos;s totals</caption>
              <thead>
                <tr className="text-left text-stone-600">
                  <th scope="col" className="font-normal">
                    &nbsp;
                  </th>
                  <th scope="col" className="font-normal">
                    Now
                  </th>
                  <th scope="col" className="font-normal">
                    After swap
                  </th>
                  <th scope="col" className="font-normal">
                    Target
                  </th>
                </tr>
              </thead>
              <tbody className="tabular-nums">
                {MACROS.map(({ key, label, unit }) => (
                  <tr key={key}>
                    <th scope="row" className="text-left font-normal">
                      {label}
                    </th>
                    <td>
                      {Math.round(data.dayBefore[key])} {unit}
                    </td>
                    <td data-testid={`swap-after-${key}`}>
                      {Math.round(data.dayAfter[key])} {unit}
                    </td>
                    <td>
                      {Math.round(data.targets[key])} {unit}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </>
        )}
        {confirm.isError && (
          <p role="alert" className="text-sm text-red-700">
            {confirm.error.message}
          </p>
        )}
        <div className="flex flex-wrap justify-end gap-2">
          <button
            type="button"
            onClick={() => dialog.current?.close()}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100"
          >
            Cancel
          </button>
          <button
            type="button"
            disabled={!data || confirm.isPending}
            onClick={() => data && setExclude((ids) => [...ids, data.replacement.slug])}
            className="rounded-md border border-stone-300 px-3 py-1.5 text-sm hover:bg-stone-100 disabled:opacity-60"
          >
            Show another
          </button>
          <button
            type="button"
            disabled={!data || confirm.isPending}
            onClick={() => data && confirm.mutate(data.replacement.slug)}
            className="rounded-md bg-brand-600 px-3 py-1.5 text-sm font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {confirm.isPending ? "Swapping…" : "Swap meal"}
          </button>
        </div>
      </div>
    </dialog>
  );
}
