import Link from "next/link";
import { getSessionUser } from "@/lib/auth/session";
import { SignOutButton } from "@/components/auth/sign-out-button";

export async function SiteHeader() {
  const user = await getSessionUser();
  return (
    <header className="border-b border-stone-200 bg-white">
      <nav className="mx-auto flex max-w-7xl items-center gap-6 px-4 py-3 text-sm">
        <Link href="/" className="font-semibold text-brand-700">
          Meal Planner
        </Link>
        {user && (
          <>
            <Link href="/plan" className="text-stone-600 hover:text-stone-900">
              Your week
            </Link>
            <Link href="/grocery" className="text-stone-600 hover:text-stone-900">
              Grocery list
            </Link>
            <Link href="/settings" className="text-stone-600 hover:text-stone-900">
              Settings
            </Link>
          </>
        )}
        {user?.role === "staff" && (
          <Link href="/admin" className="text-stone-600 hover:text-stone-900">
            Rollout console
          </Link>
        )}
        <div className="ml-auto flex items-center gap-4">
          {user ? (
            <>
              <span className="text-stone-500" data-testid="signed-in-as">
                {user.email}
              </span>
              <SignOutButton />
            </>
          ) : (
            <>
              <Link href="/sign-in" className="text-stone-600 hover:text-stone-900">
                Sign in
              </Link>
              <Link
                href="/sign-up"
                className="rounded-md bg-brand-600 px-3 py-1.5 text-white hover:bg-brand-700"
              >
                Create account
              </Link>
            </>
          )}
        </div>
      </nav>
    </header>
  );
}
