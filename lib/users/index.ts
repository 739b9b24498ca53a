export { getProfile, type Profile } from "@/lib/users/get-profile";
