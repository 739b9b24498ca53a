"use client";
import { useQuery } from "@tanstack/react-query";
import { useState } from "react";

export interface IngredientChoice {
  slug: string;
  name: string;
}

/**
 * Search the ingredient table by name and pick what to leave out; chosen items are submitted as
 * `dislikes` (hidden inputs) with the surrounding form.
 */
export function DislikesPicker({
  initial,
  search,
}: {
  initial: IngredientChoice[];
  search: (query: string) => Promise<IngredientChoice[]>;
}) {
  const [chosen, setChosen] = useState<IngredientChoice[]>(initial);
  const [query, setQuery] = useState("");
  const term = query.trim();
  const results = useQuery({
    queryKey: ["ingredient-search", term],
    queryFn: () => search(term),
    enabled: term.length >= 2,
    staleTime: 5 * 60_000,
  });
  const options = (results.data ?? []).filter((o) => !chosen.some((c) => c.slug === o.slug));
  return (
    <div className="text-sm">
      <label htmlFor="dislikeSearch" className="block">
        Ingredients you do not want
      </label>
      <input
        id="dislikeSearch"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder="Type at least 2 letters, e.g. chicken"
        autoComplete="off"
        className="w-full rounded-md border border-stone-300 px-2 py-1"
      />
      {term.length >= 2 && (
        <ul
          aria-label="Matching ingredients"
          className="mt-1 flex flex-wrap gap-2"
          data-testid="dislike-options"
        >
          {results.isPending && <li className="text-stone-600">Searching…</li>}
          {!results.isPending && options.length === 0 && <li className="text-stone-600">No match.</li>}
          {options.map((option) => (
            <li key={option.slug}>
              <button
                type="button"
                onClick={() => setChosen((c) => [...c, option])}
                className="rounded-full border border-stone-300 bg-white px-2 py-0.5 hover:bg-stone-100"
              >
                + {option.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <ul aria-label="Left out" className="mt-2 flex flex-wrap gap-2" data-testid="dislikes">
        {chosen.map((item) => (
          <li key={item.slug} className="flex items-center gap-1 rounded-full bg-stone-200 px-2 py-0.5">
            <input type="hidden" name="dislikes" value={item.slug} />
            {item.name}
            <button
              type="button"
              aria-label={`Stop leaving out ${item.name}`}
              onClick={() => setChosen((c) => c.filter((x) => x.slug !== item.slug))}
              className="px-1 text-stone-700 hover:text-stone-900"
            >
              ×
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
