import Link from "next/link";

export interface PaginationProps {
  /** The page's path, e.g. "/admin/jobs". */
  pathname: string;
  /** The current query, kept on every link so paging does not drop the filters. */
  params: Readonly<Record<string, string>>;
  /** Which query parameter holds this table's page, so two tables on one page page independently. */
  pageParam?: string;
  page: number;
  pageCount: number;
  pageSize: number;
  total: number;
  /** More rows match than were counted (see lib/admin/pagination.ts): shown as "10,000+". */
  totalIsCapped?: boolean;
  label: string;
}

const numberFormat = new Intl.NumberFormat("en-US");

export function Pagination({
  pathname,
  params,
  pageParam = "page",
  page,
  pageCount,
  pageSize,
  total,
  totalIsCapped = false,
  label,
}: PaginationProps) {
  if (total === 0) return null;

  function hrefFor(target: number): string {
    const query = new URLSearchParams(params);
    if (target === 1) query.delete(pageParam);
    else query.set(pageParam, String(target));
    const search = query.toString();
    return search ? `${pathname}?${search}` : pathname;
  }

  const first = (page - 1) * pageSize + 1;
  const last = Math.min(page * pageSize, total);
  const linkClass = "rounded-md border border-stone-300 bg-white px-2 py-1 hover:bg-stone-50";
  const disabledClass = "rounded-md border border-stone-200 px-2 py-1 text-stone-400";

  return (
    <nav
      aria-label={label}
      className="flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600"
    >
      <span>
        {first <= total
          ? `Showing ${numberFormat.format(first)}–${numberFormat.format(last)} of ${numberFormat.format(total)}${
              totalIsCapped ? "+ (narrow the filters to reach older rows)" : ""
            }`
          : `Page ${page} is past the last page (${pageCount}).`}
      </span>
      <span className="flex items-center gap-2">
        {page > 1 ? (
          <Link href={hrefFor(Math.min(page - 1, pageCount))} rel="prev" className={linkClass}>
            Previous
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            Previous
          </span>
        )}
        <span>
          Page {page} of {pageCount}
        </span>
        {page < pageCount ? (
          <Link href={hrefFor(page + 1)} rel="next" className={linkClass}>
            Next
          </Link>
        ) : (
          <span aria-disabled="true" className={disabledClass}>
            Next
          </span>
        )}
      </span>
    </nav>
  );
}
