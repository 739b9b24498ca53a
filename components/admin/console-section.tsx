import type { ReactNode } from "react";

/** A titled block of a console page: heading, a line on what it shows, then its table and pager. */
export function ConsoleSection({
  title,
  description,
  children,
}: {
  title: string;
  description?: ReactNode;
  children: ReactNode;
}) {
  return (
    <section className="space-y-3">
      <div>
        <h2 className="text-lg font-semibold">{title}</h2>
        {description && <p className="text-sm text-stone-500">{description}</p>}
      </div>
      {children}
    </section>
  );
}
