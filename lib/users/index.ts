export { getProfile, type Profile } from "@/lib/users/get-profile";
export { updateProfile, ProfileUpdateSchema, type ProfileUpdate } from "@/lib/users/update-profile";
export {
  shouldShowRolloutBanner,
  dismissRolloutBanner,
  ROLLOUT_BANNER_SOURCE,
} from "@/lib/users/should-show-rollout-banner";
