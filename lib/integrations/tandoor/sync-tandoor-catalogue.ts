import { z } from "zod";
import type { Ingredient as CatalogueIngredient } from "@/lib/catalogue/types";
import { db, Prisma } from "@/lib/db";
import { env } from "@/lib/env";
import { parseInput } from "@/lib/flags/server";
import {
  indexForMatching,
  mapTandoorRecipe,
  type MappedRecipe,
} from "@/lib/integrations/tandoor/map-tandoor-recipe";
import { TandoorError, fetchRecipe } from "@/lib/integrations/tandoor/tandoor-client";
import { walkCatalogue, type CatalogueEntry } from "@/lib/integrations/tandoor/walk-catalogue";

export const CatalogueSyncOptionsSchema = z.object({
  trigger: z.enum(["cron", "console", "event"]),
  pageSize: z.number().int().min(1).max(500).optional(),
});
export type CatalogueSyncOptions = z.infer<typeof CatalogueSyncOptionsSchema>;

export interface CatalogueExclusion {
  externalId: string;
  name: string;
  reason: string;
}

export interface CatalogueSyncResult {
  runId: string;
  seen: number;
  imported: number;
  updated: number;
  unchanged: number;
  excluded: number;
  removed: number;
  passes: number;
  exclusions: CatalogueExclusion[];
}

// Detail requests in flight at once: quick enough for a few thousand recipes, gentle on a home server.
const DETAIL_CONCURRENCY = 4;

async function loadIngredients() {
  const rows = await db.ingredient.findMany();
  const domain: CatalogueIngredient[] = rows.map((row) => ({
    slug: row.slug,
    name: row.name,
    aisle: row.aisle as CatalogueIngredient["aisle"],
    per100g: {
      kcal: row.kcalPer100g,
      proteinG: row.proteinPer100g,
      carbsG: row.carbsPer100g,
      fatG: row.fatPer100g,
    },
    diet: row.diet,
    allergens: row.allergens,
    densityGPerMl: row.densityGPerMl ?? undefined,
    gramsPerCount: (row.gramsPerCount as CatalogueIngredient["gramsPerCount"]) ?? null,
  }));
  return { index: indexForMatching(domain), idBySlug: new Map(rows.map((row) => [row.slug, row.id])) };
}

async function saveRecipe(
  recipe: MappedRecipe,
  updatedAt: Date,
  idBySlug: Map<string, string>,
): Promise<void> {
  const data = {
    slug: recipe.slug,
    name: recipe.name,
    slots: recipe.slots,
    diet: recipe.diet,
    allergens: recipe.allergens,
    prepMinutes: recipe.prepMinutes,
    cookMinutes: recipe.cookMinutes,
    servings: recipe.servings,
    kcalPerServing: recipe.perServing.kcal,
    proteinGPerServing: recipe.perServing.proteinG,
    carbsGPerServing: recipe.perServing.carbsG,
    fatGPerServing: recipe.perServing.fatG,
    steps: recipe.steps,
    isActive: true,
    exclusionReason: null,
    externalUpdatedAt: updatedAt,
  };
  await db.$transaction(async (tx) => {
    const saved = await tx.recipe.upsert({
      where: { source_externalId: { source: "tandoor", externalId: recipe.externalId } },
      create: { ...data, source: "tandoor", externalId: recipe.externalId },
      update: data,
    });
    await tx.recipeIngredient.deleteMany({ where: { recipeId: saved.id } });
    await tx.recipeIngredient.createMany({
      data: recipe.lines.map((line, position) => ({
        recipeId: saved.id,
        ingredientId: idBySlug.get(line.ingredientSlug) ?? "",
        position,
        quantity: line.quantity,
        unit: line.unit,
        note: line.note,
      })),
    });
    // A recipe whose ingredients changed maps to FatSecret afresh.
    await tx.fatSecretFoodMapping.deleteMany({ where: { recipeId: saved.id } });
  });
}

/** Keeps an excluded recipe as an inactive row with its reason, so staff see it and the planner never does. */
async function saveExclusion(entry: CatalogueEntry, reason: string, updatedAt: Date): Promise<void> {
  const externalId = String(entry.id);
  await db.recipe.upsert({
    where: { source_externalId: { source: "tandoor", externalId } },
    create: {
      slug: `tandoor-${entry.id}`,
      name: entry.name,
      source: "tandoor",
      externalId,
      slots: [],
      diet: "omnivore",
      prepMinutes: 0,
      cookMinutes: 0,
      servings: 1,
      kcalPerServing: 0,
      proteinGPerServing: 0,
      carbsGPerServing: 0,
      fatGPerServing: 0,
      isActive: false,
      exclusionReason: reason,
      externalUpdatedAt: updatedAt,
    },
    update: { name: entry.name, isActive: false, exclusionReason: reason, externalUpdatedAt: updatedAt },
  });
}

async function inPool<T>(items: readonly T[], size: number, work: (item: T) => Promise<void>): Promise<void> {
  let next = 0;
  await Promise.all(
    Array.from({ length: Math.min(size, items.length) }, async () => {
      while (next < items.length) {
        const item = items[next++] as T;
        await work(item);
      }
    }),
  );
}

/**
 * Brings the Tandoor catalogue into `recipes` (source `tandoor`, upserted by external id). Incremental: a
 * recipe whose `updated_at` matches what we stored is not fetched again. New and changed recipes are
 * fetched in detail and mapped (lib/integrations/tandoor/map-tandoor-recipe.ts); ones that cannot be used
 * are kept inactive with the reason. Recipes gone from Tandoor are deactivated (planned meals may still
 * point at them). Every run is one `catalogue_sync_runs` row with its counts.
 */
export async function syncTandoorCatalogue(input: CatalogueSyncOptions): Promise<CatalogueSyncResult> {
  const options = parseInput(CatalogueSyncOptionsSchema, input);
  const run = await db.catalogueSyncRun.create({ data: { trigger: options.trigger } });
  const result: CatalogueSyncResult = {
    runId: run.id,
    seen: 0,
    imported: 0,
    updated: 0,
    unchanged: 0,
    excluded: 0,
    removed: 0,
    passes: 0,
    exclusions: [],
  };
  try {
    const { entries, passes } = await walkCatalogue(options.pageSize ?? env.TANDOOR_PAGE_SIZE);
    result.seen = entries.length;
    result.passes = passes;
    const [{ index, idBySlug }, known] = await Promise.all([
      loadIngredients(),
      db.recipe.findMany({
        where: { source: "tandoor" },
        select: {
          externalId: true,
          externalUpdatedAt: true,
          isActive: true,
          exclusionReason: true,
          name: true,
        },
      }),
    ]);
    const knownById = new Map(known.map((r) => [r.externalId, r]));

    await inPool(entries, DETAIL_CONCURRENCY, async (entry) => {
      const stored = knownById.get(String(entry.id));
      if (stored?.externalUpdatedAt?.getTime() === Date.parse(entry.updatedAt)) {
        result.unchanged++;
        return;
      }
      let detail;
      try {
        detail = await fetchRecipe(entry.id);
      } catch (error) {
        // Deleted between the list and the detail request: the next run deactivates it.
        if (error instanceof TandoorError && error.message.includes("HTTP 404")) return;
        throw error;
      }
      const mapped = mapTandoorRecipe(detail, index);
      const updatedAt = new Date(detail.updated_at);
      if (!mapped.ok) {
        await saveExclusion({ ...entry, name: detail.name }, mapped.reason, updatedAt);
        result.excluded++;
        result.exclusions.push({ externalId: String(entry.id), name: detail.name, reason: mapped.reason });
        return;
      }
      await saveRecipe(mapped.recipe, updatedAt, idBySlug);
      if (stored) result.updated++;
      else result.imported++;
    });

    const present = new Set(entries.map((e) => String(e.id)));
    const gone = known.filter((r) => r.externalId !== null && !present.has(r.externalId) && r.isActive);
    if (gone.length > 0) {
      await db.recipe.updateMany({
        where: { source: "tandoor", externalId: { in: gone.map((r) => r.externalId ?? "") } },
        data: { isActive: false, exclusionReason: "no longer in Tandoor" },
      });
    }
    result.removed = gone.length;

    await db.catalogueSyncRun.update({
      where: { id: run.id },
      data: {
        status: "completed",
        finishedAt: new Date(),
        seen: result.seen,
        imported: result.imported,
        updated: result.updated,
        unchanged: result.unchanged,
        excluded: result.excluded,
        exclusions: result.exclusions as unknown as Prisma.InputJsonValue,
      },
    });
    return result;
  } catch (error) {
    await db.catalogueSyncRun.update({
      where: { id: run.id },
      data: { status: "failed", finishedAt: new Date(), error: (error as Error).message.slice(0, 2000) },
    });
    throw error;
  }
}
