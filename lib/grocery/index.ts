export { buildGroceryList } from "./build-grocery-list";
export { collectCookingBatches, type CookingBatches } from "./collect-cooking-batches";
export { collectIngredientUses } from "./collect-ingredient-uses";
export { compareMealRefs } from "./compare-meal-refs";
export { convertAmount } from "./convert-amount";
export { formatAmount } from "./format-amount";
export { indexCatalogue, type CatalogueIndex } from "./index-catalogue";
export { isLiquid } from "./is-liquid";
export { joinList } from "./join-list";
export {
  mergeIngredientUses,
  type MergedAmount,
  type MergedIngredient,
  type MergedUse,
} from "./merge-ingredient-uses";
export { rankBuyUnits } from "./rank-buy-units";
export { roundPurchaseAmount, type PurchaseAmount } from "./round-purchase-amount";
export type {
  BaseUnit,
  CatalogueSnapshot,
  CookingBatch,
  GroceryAmount,
  GroceryFlag,
  GroceryLine,
  GroceryList,
  GrocerySection,
  GroceryUse,
  IngredientUse,
  MealRef,
  MealToShopFor,
  PlanIssue,
  PlannedWeek,
} from "./types";
