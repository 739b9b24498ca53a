import Link from "next/link";
import type { ReactNode } from "react";
import { requireStaff } from "@/lib/auth/session";

export default async function AdminLayout({ children }: { children: ReactNode }) {
  // Every console page also checks on its own: a layout is not re-run on every client navigation.
  await requireStaff();
  return (
    <div className="space-y-6">
      <nav className="flex flex-wrap gap-4 text-sm">
        <Link href="/admin" className="font-medium text-brand-700">
          Overview
        </Link>
        <Link href="/admin/flags" className="font-medium text-brand-700">
          Flags
        </Link>
        <Link href="/admin/jobs" className="font-medium text-brand-700">
          Jobs
        </Link>
        <Link href="/admin/rollbacks" className="font-medium text-brand-700">
          Rollbacks
        </Link>
        <Link href="/admin/audit" className="font-medium text-brand-700">
          Audit log
        </Link>
        <Link href="/admin/outbox" className="font-medium text-brand-700">
          E-mail outbox
        </Link>
        <Link href="/admin/tandoor" className="font-medium text-brand-700">
          Tandoor
        </Link>
        <Link href="/admin/feedback" className="font-medium text-brand-700">
          Feedback
        </Link>
      </nav>
      {children}
    </div>
  );
}
