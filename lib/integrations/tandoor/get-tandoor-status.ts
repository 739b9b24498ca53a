import { db } from "@/lib/db";
import { env } from "@/lib/env";
import { fetchRecipePage } from "@/lib/integrations/tandoor/tandoor-client";

export interface TandoorHealth {
  isConfigured: boolean;
  isHealthy: boolean;
  latencyMs: number | null;
  recipeCount: number | null;
  error: string | null;
}

/** The plan's "Tandoor API health check": one smallest list request, timed. */
export async function checkTandoorHealth(): Promise<TandoorHealth> {
  if (!env.TANDOOR_BASE_URL || !env.TANDOOR_API_TOKEN) {
    return {
      isConfigured: false,
      isHealthy: false,
      latencyMs: null,
      recipeCount: null,
      error: "not configured",
    };
  }
  const started = performance.now();
  try {
    const page = await fetchRecipePage(1, 1);
    return {
      isConfigured: true,
      isHealthy: true,
      latencyMs: Math.round(performance.now() - started),
      recipeCount: page.count,
      error: null,
    };
  } catch (error) {
    return {
      isConfigured: true,
      isHealthy: false,
      latencyMs: Math.round(performance.now() - started),
      recipeCount: null,
      error: (error as Error).message,
    };
  }
}

/** The last catalogue syncs with their counts and exclusions, newest first. */
export function listCatalogueSyncRuns(take = 10) {
  return db.catalogueSyncRun.findMany({ orderBy: { startedAt: "desc" }, take });
}

export type CatalogueSyncRunRow = Awaited<ReturnType<typeof listCatalogueSyncRuns>>[number];

/** Recipes from Tandoor kept out of generation, with their reasons. */
export function listExcludedTandoorRecipes(take = 50) {
  return db.recipe.findMany({
    where: { source: "tandoor", isActive: false },
    select: { externalId: true, name: true, exclusionReason: true, updatedAt: true },
    orderBy: { updatedAt: "desc" },
    take,
  });
}
