import { CONSOLE_PAGE_SIZE, COUNT_CAP } from "@/lib/admin/keyset";

export { CONSOLE_PAGE_SIZE };

export interface PageRequest {
  /** 1-based. */
  page: number;
  pageSize?: number;
}

export interface Paginated<Row> {
  rows: Row[];
  /** Rows matching the filters, at most COUNT_CAP. */
  total: number;
  /** True when more rows than `total` match: pages stop at the cap, narrower filters reach the rest. */
  totalIsCapped: boolean;
  page: number;
  pageSize: number;
  pageCount: number;
}

export function toSkipTake({ page, pageSize = CONSOLE_PAGE_SIZE }: PageRequest): {
  skip: number;
  take: number;
} {
  return { skip: (page - 1) * pageSize, take: pageSize };
}

/** Page-numbered tables are the small ones (rollback events); the big ones page by keyset (keyset.ts). */
export function paginated<Row>(
  rows: Row[],
  counted: number,
  { page, pageSize = CONSOLE_PAGE_SIZE }: PageRequest,
) {
  const total = Math.min(counted, COUNT_CAP);
  const result: Paginated<Row> = {
    rows,
    total,
    totalIsCapped: counted > COUNT_CAP,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
  return result;
}

/** Everything about a page but its rows, for the pager. */
export function pageInfo({ page, pageCount, pageSize, total, totalIsCapped }: Paginated<unknown>) {
  return { page, pageCount, pageSize, total, totalIsCapped };
}
