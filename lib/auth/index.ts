export { auth, type Session } from "@/lib/auth/auth";
