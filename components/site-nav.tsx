"use client";
import Link from "next/link";
import { usePathname } from "next/navigation";
import { useState } from "react";
import { SignOutButton } from "@/components/auth/sign-out-button";

export interface NavItem {
  href: string;
  label: string;
}

/** The most specific link that matches the path is the current page ("/plan/prep" is Prep, not This week). */
function currentHref(pathname: string, links: NavItem[]): string | undefined {
  return links
    .filter((l) => pathname === l.href || pathname.startsWith(`${l.href}/`))
    .sort((a, b) => b.href.length - a.href.length)[0]?.href;
}

/** Inline links from 768 px; below that a menu button, so the header never makes a page wider than the phone. */
export function SiteNav({ links, email }: { links: NavItem[]; email: string }) {
  const pathname = usePathname();
  // Remembering where the menu was opened closes it by itself after a navigation.
  const [openAt, setOpenAt] = useState<string | null>(null);
  const isOpen = openAt === pathname;
  const current = currentHref(pathname, links);

  const linkClass = (href: string) =>
    href === current
      ? "font-semibold text-brand-700 underline decoration-2 underline-offset-4"
      : "text-stone-700 hover:text-stone-900";

  return (
    <>
      <nav aria-label="Main" className="hidden flex-1 items-center gap-5 md:flex">
        {links.map((l) => (
          <Link
            key={l.href}
            href={l.href}
            className={linkClass(l.href)}
            aria-current={l.href === current ? "page" : undefined}
          >
            {l.label}
          </Link>
        ))}
        <div className="ml-auto flex min-w-0 items-center gap-4">
          <span className="truncate text-stone-600" data-testid="signed-in-as">
            {email}
          </span>
          <SignOutButton />
        </div>
      </nav>
      <div className="ml-auto md:hidden">
        <button
          type="button"
          aria-expanded={isOpen}
          aria-controls="mobile-menu"
          onClick={() => setOpenAt(isOpen ? null : pathname)}
          className="rounded-md border border-stone-300 px-3 py-1.5 text-stone-800"
        >
          Menu
        </button>
      </div>
      {isOpen && (
        <nav
          id="mobile-menu"
          aria-label="Main"
          className="absolute inset-x-0 top-12 z-20 border-b border-stone-200 bg-white px-4 py-3 shadow md:hidden"
        >
          <ul className="space-y-2">
            {links.map((l) => (
              <li key={l.href}>
                <Link
                  href={l.href}
                  className={`block py-1 ${linkClass(l.href)}`}
                  aria-current={l.href === current ? "page" : undefined}
                >
                  {l.label}
                </Link>
              </li>
            ))}
          </ul>
          <div className="mt-3 flex items-center justify-between gap-3 border-t border-stone-200 pt-3">
            <span className="min-w-0 truncate text-stone-600">{email}</span>
            <SignOutButton />
          </div>
        </nav>
      )}
    </>
  );
}
