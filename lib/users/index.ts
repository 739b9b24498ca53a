export { getProfile, type Profile } from "@/lib/users/get-profile";
export { updateProfile, ProfileUpdateSchema, type ProfileUpdate } from "@/lib/users/update-profile";
export { joinBetaProgram, isInBetaProgram } from "@/lib/users/join-beta-program";
export { findUserByEmailOrId } from "@/lib/users/find-user";
