import Link from "next/link";
import { keysetParamNames, type KeysetPage } from "@/lib/admin/keyset";

export interface KeysetPaginationProps {
  /** The page's path, e.g. "/admin/jobs". */
  pathname: string;
  /** The current query, kept on every link so paging does not drop the filters. */
  params: Readonly<Record<string, string>>;
  /** Which query parameters hold this table's cursors ("older"/"newer", or "<prefix>Older"/"<prefix>Newer"),
   * so two tables on one page page independently. */
  paramPrefix?: string;
  page: Omit<KeysetPage<unknown>, "rows"> & { rows: readonly unknown[] };
  /** What the rows are, plural: "runs". */
  noun: string;
  label: string;
}

const numberFormat = new Intl.NumberFormat("en-US");

/** Newest / Newer / Older links for a keyset-paged table (lib/admin/keyset.ts). */
export function KeysetPagination({
  pathname,
  params,
  paramPrefix = "",
  page: { rows, total, totalIsCapped, newer, older },
  noun,
  label,
}: KeysetPaginationProps) {
  if (total === 0) return null;
  const names = keysetParamNames(paramPrefix);

  function hrefFor(cursor: { older?: string; newer?: string }): string {
    const query = new URLSearchParams(params);
    query.delete(names.older);
    query.delete(names.newer);
    if (cursor.older) query.set(names.older, cursor.older);
    if (cursor.newer) query.set(names.newer, cursor.newer);
    const search = query.toString();
    return search ? `${pathname}?${search}` : pathname;
  }

  const linkClass = "rounded-md border border-stone-300 bg-white px-2 py-1 hover:bg-stone-50";
  const disabledClass = "rounded-md border border-stone-200 px-2 py-1 text-stone-400";
  const link = (text: string, href: string | null, rel?: string) =>
    href === null ? (
      <span aria-disabled="true" className={disabledClass}>
        {text}
      </span>
    ) : (
      <Link href={href} rel={rel} className={linkClass}>
        {text}
      </Link>
    );

  return (
    <nav
      aria-label={label}
      className="flex flex-wrap items-center justify-between gap-2 text-sm text-stone-600"
    >
      <span>
        Showing {numberFormat.format(rows.length)} of {numberFormat.format(total)}
        {totalIsCapped ? "+" : ""} {noun}
      </span>
      <span className="flex items-center gap-2">
        {link("Newest", newer === null ? null : hrefFor({}))}
        {link("Newer", newer === null ? null : hrefFor({ newer }), "prev")}
        {link("Older", older === null ? null : hrefFor({ older }), "next")}
      </span>
    </nav>
  );
}
