export { TandoorError } from "@/lib/integrations/tandoor/tandoor-client";
export {
  mapTandoorRecipe,
  type MappingResult,
  type NutritionSource,
} from "@/lib/integrations/tandoor/map-tandoor-recipe";
export {
  CatalogueSyncOptionsSchema,
  syncTandoorCatalogue,
  type CatalogueSyncOptions,
  type CatalogueSyncResult,
} from "@/lib/integrations/tandoor/sync-tandoor-catalogue";
export {
  checkTandoorHealth,
  listCatalogueSyncRuns,
  listExcludedTandoorRecipes,
  type CatalogueSyncRunRow,
  type TandoorHealth,
} from "@/lib/integrations/tandoor/get-tandoor-status";
