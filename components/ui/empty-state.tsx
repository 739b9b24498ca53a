import type { ReactNode } from "react";

export function EmptyState({ children, testId }: { children: ReactNode; testId?: string }) {
  return (
    <p
      data-testid={testId}
      className="rounded-lg border border-dashed border-stone-300 bg-white p-6 text-center text-sm text-stone-500"
    >
      {children}
    </p>
  );
}
