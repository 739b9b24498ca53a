export { getProfile, type Profile } from "@/lib/users/get-profile";
export { updateProfile, ProfileUpdateSchema, type ProfileUpdate } from "@/lib/users/update-profile";
