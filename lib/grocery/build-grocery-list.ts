import { AISLES, type Aisle, type Ingredient } from "@/lib/catalogue/types";
import { collectCookingBatches } from "./collect-cooking-batches";
import { collectIngredientUses } from "./collect-ingredient-uses";
import { compareMealRefs } from "./compare-meal-refs";
import { compareText } from "./compare-text";
import { explainUnmergedAmounts } from "./explain-unmerged-amounts";
import { indexCatalogue } from "./index-catalogue";
import { type MergedUse, mergeIngredientUses } from "./merge-ingredient-uses";
import { roundPurchaseAmount } from "./round-purchase-amount";
import type {
  CatalogueSnapshot,
  GroceryFlag,
  GroceryLine,
  GroceryList,
  GroceryUse,
  IngredientUse,
  PlanIssue,
  PlannedWeek,
} from "./types";

/**
 * The week's shopping: every ingredient of every cooked batch, totalled per food in the unit the
 * shopper buys it in, rounded up to shop amounts and grouped by aisle. Pantry staples and foods
 * used only "to taste" are listed apart. Same input, same output, in the same order.
 */
export function buildGroceryList(week: PlannedWeek, catalogue: CatalogueSnapshot): GroceryList {
  const index = indexCatalogue(catalogue);
  const { batches, issues } = collectCookingBatches(week, index.recipes);

  const usesBySlug = new Map<string, IngredientUse[]>();
  // A meal with no portions cooks nothing; listing "0 g" lines would only clutter the list.
  const cooked = batches.filter((batch) => batch.totalPortions > 0);
  for (const use of collectIngredientUses(cooked)) {
    usesBySlug.set(use.ingredientSlug, [...(usesBySlug.get(use.ingredientSlug) ?? []), use]);
  }

  const lines: GroceryLine[] = [];
  const unknownIssues: PlanIssue[] = [];
  for (const [slug, uses] of usesBySlug) {
    const known = index.ingredients.get(slug);
    if (!known) {
      const recipeIds = [...new Set(uses.map((use) => use.batch.recipe.id))].sort(compareText);
      for (const recipeId of recipeIds)
        unknownIssues.push({ kind: "unknown-ingredient", ingredientSlug: slug, recipeId });
    }
    lines.push(...buildIngredientLines(known ?? placeholderIngredient(slug), uses, !known));
  }

  const [pantry, shelves] = partition(lines, (line) => line.isPantryStaple || line.amount === null);
  const sections = AISLES.map((aisle) => ({
    aisle,
    lines: shelves.filter((line) => line.aisle === aisle).sort(compareLines),
  })).filter((section) => section.lines.length > 0);
  pantry.sort((a, b) => aisleRank(a.aisle) - aisleRank(b.aisle) || compareLines(a, b));

  return {
    householdSize: week.householdSize,
    sections,
    pantry,
    issues: [...issues, ...unknownIssues].sort(compareIssues),
  };
}

function compareIssues(a: PlanIssue, b: PlanIssue): number {
  const noMeal = { day: 7, slot: "breakfast" } as const;
  return (
    compareText(a.kind, b.kind) ||
    compareMealRefs("meal" in a ? a.meal : noMeal, "meal" in b ? b.meal : noMeal) ||
    compareText(issueSubject(a), issueSubject(b))
  );
}

function issueSubject(issue: PlanIssue): string {
  return issue.kind === "unknown-ingredient" ? `${issue.ingredientSlug}:${issue.recipeId}` : issue.recipeId;
}

function buildIngredientLines(
  ingredient: Ingredient,
  uses: readonly IngredientUse[],
  unknown: boolean,
): GroceryLine[] {
  const { groups, toTaste } = mergeIngredientUses(ingredient, uses);
  const base = {
    ingredientSlug: ingredient.slug,
    name: ingredient.name,
    aisle: ingredient.aisle,
    isPantryStaple: ingredient.isPantryStaple === true,
  };
  const commonFlags: GroceryFlag[] = unknown ? ["unknown-ingredient"] : [];

  if (groups.length === 0) {
    const lineUses = toTaste.map((use) => toGroceryUse({ use, amount: null }));
    return [
      {
        ...base,
        key: `${ingredient.slug}:to-taste`,
        amount: null,
        flags: ["to-taste", ...commonFlags],
        uses: lineUses,
        ...summarise(lineUses),
      },
    ];
  }

  const note = groups.length > 1 ? explainUnmergedAmounts(ingredient, groups) : undefined;
  return groups.map((group, i) => {
    const flags: GroceryFlag[] = [...commonFlags];
    if (groups.length > 1) flags.push("unmerged-units");
    // "To taste" rides on the main line: whatever is bought for the amounts also covers the seasoning.
    const tasteUses = i === 0 ? toTaste.map((use) => ({ use, amount: null })) : [];
    if (tasteUses.length > 0) flags.push("also-to-taste");
    const lineUses = [...group.uses, ...tasteUses].map(toGroceryUse).sort(compareUses);
    const purchase = roundPurchaseAmount(group.total, group.unit);
    return {
      ...base,
      key: `${ingredient.slug}:${group.unit}`,
      amount: {
        exact: group.total,
        exactUnit: group.unit,
        purchase: purchase.amount,
        purchaseUnit: purchase.unit,
      },
      flags,
      ...(note === undefined ? {} : { note }),
      uses: lineUses,
      ...summarise(lineUses),
    };
  });
}

function toGroceryUse({ use, amount }: MergedUse | { use: IngredientUse; amount: null }): GroceryUse {
  return {
    recipeId: use.batch.recipe.id,
    recipeName: use.batch.recipe.name,
    meal: use.batch.meal,
    leftoverMeals: use.batch.leftoverMeals,
    quantity: use.quantity,
    unit: use.unit,
    amount,
    ...(use.note === undefined ? {} : { note: use.note }),
  };
}

function summarise(uses: readonly GroceryUse[]): Pick<GroceryLine, "recipes" | "days"> {
  const recipes = new Map<string, string>();
  const days = new Set<number>();
  for (const use of uses) {
    recipes.set(use.recipeId, use.recipeName);
    days.add(use.meal.day);
    for (const meal of use.leftoverMeals) days.add(meal.day);
  }
  return {
    recipes: [...recipes]
      .map(([id, name]) => ({ id, name }))
      .sort((a, b) => compareText(a.name, b.name) || compareText(a.id, b.id)),
    days: [...days].sort((a, b) => a - b),
  };
}

function compareUses(a: GroceryUse, b: GroceryUse): number {
  return (
    compareMealRefs(a.meal, b.meal) ||
    compareText(a.recipeId, b.recipeId) ||
    (a.quantity ?? -1) - (b.quantity ?? -1) ||
    compareText(a.unit, b.unit)
  );
}

function compareLines(a: GroceryLine, b: GroceryLine): number {
  // Lines of one food keep their buy-preference order: stable sort on name, then slug.
  return (
    compareText(a.name.toLowerCase(), b.name.toLowerCase()) || compareText(a.ingredientSlug, b.ingredientSlug)
  );
}

function aisleRank(aisle: Aisle): number {
  return AISLES.indexOf(aisle);
}

function partition<T>(items: readonly T[], test: (item: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const item of items) (test(item) ? yes : no).push(item);
  return [yes, no];
}

/** Keeps a recipe line whose food is missing from the catalogue visible rather than dropping it. */
function placeholderIngredient(slug: string): Ingredient {
  return {
    slug,
    name: slug,
    aisle: "other",
    per100g: { kcal: 0, proteinG: 0, carbsG: 0, fatG: 0 },
    diet: "omnivore",
    allergens: [],
  };
}
