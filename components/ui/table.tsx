import type { HTMLAttributes, TdHTMLAttributes, ThHTMLAttributes } from "react";

function cx(...classes: (string | false | undefined)[]): string {
  return classes.filter(Boolean).join(" ");
}

/** The console's table look; wrap in `TableFrame` so wide tables scroll instead of stretching the page. */
export function TableFrame({ className, ...props }: HTMLAttributes<HTMLDivElement>) {
  // A region that scrolls must be reachable by keyboard (WCAG 2.1.1), so it takes focus and has a name.
  return (
    <div
      role="region"
      tabIndex={0}
      aria-label="Table (scrolls sideways on narrow screens)"
      className={cx(
        "overflow-x-auto rounded-lg border border-stone-200 bg-white focus-visible:outline-2 focus-visible:outline-brand-700",
        className,
      )}
      {...props}
    />
  );
}

export function Table({ className, ...props }: HTMLAttributes<HTMLTableElement>) {
  return <table className={cx("w-full text-sm", className)} {...props} />;
}

export function TableHead({ className, ...props }: HTMLAttributes<HTMLTableSectionElement>) {
  return <thead className={cx("bg-stone-100 text-left", className)} {...props} />;
}

export function TableBody(props: HTMLAttributes<HTMLTableSectionElement>) {
  return <tbody {...props} />;
}

export function TableRow({ className, ...props }: HTMLAttributes<HTMLTableRowElement>) {
  return <tr className={cx("border-t border-stone-100 align-top", className)} {...props} />;
}

export function TableHeaderCell({ className, ...props }: ThHTMLAttributes<HTMLTableCellElement>) {
  return <th scope="col" className={cx("p-2 font-medium whitespace-nowrap", className)} {...props} />;
}

export function TableCell({ className, ...props }: TdHTMLAttributes<HTMLTableCellElement>) {
  return <td className={cx("p-2", className)} {...props} />;
}
