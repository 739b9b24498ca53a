"use client";
import { useMutation, useQuery, useQueryClient } from "@tanstack/react-query";
import { useState } from "react";
import { useHydrated } from "@/components/ui/use-hydrated";
import { checkGroceryItemAction, getGroceryListAction } from "@/app/(user)/grocery/actions";
import { aisleLabel, groceryListAsText } from "@/components/grocery/format";
import { unwrapAction } from "@/lib/forms/unwrap-action";
import type { GroceryItemView, GroceryListView } from "@/lib/plans/get-grocery-list";

const KEY = ["grocery-list"] as const;

/**
 * The list by aisle with a checkbox per item. A tick shows at once (optimistic) and is stored, so it is
 * there after a reload and on another device; if saving fails the tick goes back and the reason is shown.
 */
export function GroceryChecklist({ initial }: { initial: GroceryListView }) {
  const queryClient = useQueryClient();
  const { data } = useQuery({
    queryKey: KEY,
    queryFn: async () => unwrapAction(await getGroceryListAction({})),
    initialData: initial,
  });
  const [message, setMessage] = useState<string | null>(null);
  // Ticks waiting for their save, applied in the click's own render. The cache's optimistic update reaches
  // React a task later (TanStack Query batches notifications); without this the box flickers back first.
  const [ticking, setTicking] = useState<ReadonlyMap<string, boolean>>(new Map());
  const hydrated = useHydrated();
  const list = data ?? initial;

  const setItem = (id: string, isChecked: boolean) =>
    queryClient.setQueryData<GroceryListView | null>(KEY, (old) =>
      old
        ? { ...old, groceryItems: old.groceryItems.map((i) => (i.id === id ? { ...i, isChecked } : i)) }
        : old,
    );
  const settle = (id: string) =>
    setTicking((current) => {
      const next = new Map(current);
      next.delete(id);
      return next;
    });

  const check = useMutation({
    mutationFn: async (input: { groceryItemId: string; isChecked: boolean }) =>
      unwrapAction(await checkGroceryItemAction(input)),
    onMutate: async (input) => {
      await queryClient.cancelQueries({ queryKey: KEY });
      setItem(input.groceryItemId, input.isChecked);
    },
    // Only this item goes back: a snapshot of the whole list would also undo other ticks still saving.
    onError: (error, input) => {
      setItem(input.groceryItemId, !input.isChecked);
      setMessage(`Not saved: ${error.message}`);
    },
    onSuccess: () => setMessage(null),
    onSettled: (_data, _error, input) => settle(input.groceryItemId),
  });

  const isChecked = (item: GroceryItemView) => ticking.get(item.id) ?? item.isChecked;
  const tick = (id: string, checked: boolean) => {
    setTicking((current) => new Map(current).set(id, checked));
    check.mutate({ groceryItemId: id, isChecked: checked });
  };

  const toBuy = list.groceryItems.filter((i) => !i.isPantryStaple);
  const pantry = list.groceryItems.filter((i) => i.isPantryStaple);
  const aisles = [...new Set(toBuy.map((i) => i.aisle))];
  const left = toBuy.filter((i) => !isChecked(i)).length;

  async function onCopy() {
    try {
      await navigator.clipboard.writeText(groceryListAsText(list.groceryItems));
      setMessage("Copied the list as text.");
    } catch {
      setMessage("Your browser did not allow copying; use print instead.");
    }
  }

  const renderItem = (item: GroceryItemView) => (
    <li key={item.id}>
      <label className="flex cursor-pointer items-start gap-2 py-0.5">
        <input
          type="checkbox"
          className="mt-1 size-4 accent-brand-600"
          checked={isChecked(item)}
          disabled={!hydrated}
          onChange={(event) => tick(item.id, event.target.checked)}
        />
        <span className={isChecked(item) ? "text-stone-600 line-through" : ""}>
          {item.name}
          {item.note && <span className="text-stone-600"> — {item.note}</span>}
        </span>
      </label>
    </li>
  );

  return (
    <div className="space-y-6">
      <div className="no-print flex flex-wrap items-center gap-3">
        <p className="text-sm text-stone-700" data-testid="items-left">
          {left} of {toBuy.length} items left to buy
        </p>
        <button
          type="button"
          onClick={onCopy}
          className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
        >
          Copy as text
        </button>
        <button
          type="button"
          onClick={() => window.print()}
          className="rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
        >
          Print
        </button>
      </div>
      <p role="status" aria-live="polite" className="no-print text-sm text-stone-700">
        {message}
      </p>
      <div className="grid gap-4 md:grid-cols-2 xl:grid-cols-3 print:block" data-testid="grocery-list">
        {aisles.map((aisle) => (
          <section
            key={aisle}
            aria-labelledby={`aisle-${aisle}`}
            className="break-inside-avoid rounded-lg border border-stone-200 bg-white p-4 print:border-0 print:p-0 print:pb-3"
          >
            <h2 id={`aisle-${aisle}`} className="mb-2 font-medium">
              {aisleLabel(aisle)}
            </h2>
            <ul className="space-y-0.5 text-sm">{toBuy.filter((i) => i.aisle === aisle).map(renderItem)}</ul>
          </section>
        ))}
      </div>
      {pantry.length > 0 && (
        <section
          aria-labelledby="pantry"
          className="rounded-lg border border-stone-200 bg-white p-4 print:border-0 print:p-0"
        >
          <h2 id="pantry" className="mb-1 font-medium">
            Check your pantry
          </h2>
          <p className="mb-2 text-sm text-stone-600">
            Staples you probably have; tick them off once you have checked.
          </p>
          <ul className="grid gap-x-6 text-sm sm:grid-cols-2">{pantry.map(renderItem)}</ul>
        </section>
      )}
    </div>
  );
}
