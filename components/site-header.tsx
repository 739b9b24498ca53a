import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { SiteNav, type NavItem } from "@/components/site-nav";

const USER_LINKS: NavItem[] = [
  { href: "/plan", label: "This week" },
  { href: "/grocery", label: "Grocery list" },
  { href: "/plan/prep", label: "Prep" },
  { href: "/plan/history", label: "History" },
  { href: "/settings", label: "Settings" },
];

export async function SiteHeader() {
  const user = await getSessionUser();
  const links = user
    ? [...USER_LINKS, ...(user.role === "staff" ? [{ href: "/admin", label: "Rollout console" }] : [])]
    : [];
  return (
    <header className="relative border-b border-stone-200 bg-white">
      <div className="mx-auto flex max-w-7xl items-center gap-4 px-4 py-3 text-sm">
        <Link href="/" className="shrink-0 font-semibold text-brand-700">
          Meal Planner
        </Link>
        {user ? (
          <SiteNav links={links} email={user.email} />
        ) : (
          <div className="ml-auto flex items-center gap-3">
            <Link href="/sign-in" className="text-stone-700 hover:text-stone-900">
              Sign in
            </Link>
            <Link
              href="/sign-up"
              className="rounded-md bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700"
            >
              Create account
            </Link>
          </div>
        )}
      </div>
    </header>
  );
}
