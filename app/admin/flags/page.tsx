import { redirect } from "next/navigation";
import { requireStaff } from "@/lib/auth/session";

/** The flag list lives on the overview; this path exists so /admin/flags is never a dead link. */
export default async function FlagsIndexPage() {
  await requireStaff("/admin/flags");
  redirect("/admin#flags");
}
