/** Console tables show this many rows a page. */
export const CONSOLE_PAGE_SIZE = 50;

export interface PageRequest {
  /** 1-based. */
  page: number;
  pageSize?: number;
}

export interface Paginated<Row> {
  rows: Row[];
  total: number;
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

export function paginated<Row>(
  rows: Row[],
  total: number,
  { page, pageSize = CONSOLE_PAGE_SIZE }: PageRequest,
) {
  const result: Paginated<Row> = {
    rows,
    total,
    page,
    pageSize,
    pageCount: Math.max(1, Math.ceil(total / pageSize)),
  };
  return result;
}

/** Everything about a page but its rows, for the pager. */
export function pageInfo({ page, pageCount, pageSize, total }: Paginated<unknown>) {
  return { page, pageCount, pageSize, total };
}
