import { fetchRecipePage } from "@/lib/integrations/tandoor/tandoor-client";

export interface CatalogueEntry {
  id: number;
  name: string;
  updatedAt: string;
}

const MAX_PASSES = 3;

/**
 * Every recipe id in Tandoor with its updated_at. Offset pages shift when recipes are added or removed
 * during the walk (a recipe can slide from page 3 to page 2 between requests and be missed), so a walk in
 * which `count` changed, or that saw fewer recipes than the last `count`, is repeated (up to 3 passes) and
 * the passes are merged by id.
 */
export async function walkCatalogue(
  pageSize: number,
): Promise<{ entries: CatalogueEntry[]; passes: number }> {
  const seen = new Map<number, CatalogueEntry>();
  let passes = 0;
  for (; passes < MAX_PASSES;) {
    passes++;
    let firstCount: number | null = null;
    let lastCount = 0;
    let isStable = true;
    for (let page = 1; ; page++) {
      const answer = await fetchRecipePage(page, pageSize);
      firstCount ??= answer.count;
      lastCount = answer.count;
      if (answer.count !== firstCount) isStable = false;
      for (const r of answer.results) seen.set(r.id, { id: r.id, name: r.name, updatedAt: r.updated_at });
      if (!answer.next || answer.results.length === 0) break;
    }
    if (isStable && seen.size >= lastCount) break;
  }
  return { entries: [...seen.values()].sort((a, b) => a.id - b.id), passes };
}
