export { getProfile, type Profile } from "@/lib/users/get-profile";
export { updateProfile, ProfileUpdateSchema, type ProfileUpdate } from "@/lib/users/update-profile";
export { joinBetaProgram, isInBetaProgram } from "@/lib/users/join-beta-program";
export { findUserByEmailOrId } from "@/lib/users/find-user";
export { exportMyData, type MyDataExport } from "@/lib/users/export-my-data";
export {
  deleteMyAccount,
  anonymisedEmail,
  DeleteAccountSchema,
  type DeleteAccount,
} from "@/lib/users/delete-my-account";
export {
  estimateTargets,
  BodyDataSchema,
  ACTIVITY_FACTORS,
  type BodyData,
  type TargetEstimate,
} from "@/lib/users/estimate-targets";
export {
  searchIngredientsByName,
  namesOfIngredients,
  type IngredientOption,
} from "@/lib/users/search-ingredients-by-name";
export { completeOnboarding, needsOnboarding } from "@/lib/users/complete-onboarding";
