import Link from "next/link";
import type { ReactNode } from "react";
import { requireStaff } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Every console page also checks on its own: a layout is not re-run on every client navigation.
  await requireStaff();
  return (
    <div className="space-y-6">
      <nav className="flex gap-4 text-sm">
        <Link href="/admin" className="font-medium text-brand-700">
          Overview
        </Link>
      </nav>
      {children}
    </div>
  );
}
