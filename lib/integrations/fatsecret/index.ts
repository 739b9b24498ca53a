export { AUTOSYNC_KILL_SWITCH } from "@/lib/integrations/fatsecret/autosync-flag";
export { FatSecretError, type FatSecretErrorReason } from "@/lib/integrations/fatsecret/fatsecret-error";
export { resetFatSecretAppToken } from "@/lib/integrations/fatsecret/fatsecret-client";
export {
  FATSECRET_CALLBACK_PATH,
  FatSecretCallbackSchema,
  completeFatSecretLink,
  startFatSecretLink,
  type FatSecretCallback,
} from "@/lib/integrations/fatsecret/link-fatsecret-account";
export { unlinkFatSecretAccount } from "@/lib/integrations/fatsecret/unlink-fatsecret-account";
export {
  getFatSecretConnection,
  type FatSecretConnectionStatus,
} from "@/lib/integrations/fatsecret/get-fatsecret-connection";
export {
  DiarySyncRequestSchema,
  planDiarySync,
  type DiarySyncPlan,
  type DiarySyncRequest,
} from "@/lib/integrations/fatsecret/plan-diary-sync";
export {
  FatSecretLinkBrokenError,
  syncPlannedMeal,
  type MealSyncResult,
} from "@/lib/integrations/fatsecret/sync-planned-meal";
export { removeStaleEntries } from "@/lib/integrations/fatsecret/remove-stale-entries";
export {
  finishDiarySync,
  recordDiarySyncFailure,
  type DiarySyncSummary,
} from "@/lib/integrations/fatsecret/finish-diary-sync";
export { listDueDiarySyncs } from "@/lib/integrations/fatsecret/list-due-diary-syncs";
