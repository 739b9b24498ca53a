import type { Key, ReactNode } from "react";
import { EmptyState } from "@/components/ui/empty-state";
import {
  Table,
  TableBody,
  TableCell,
  TableFrame,
  TableHead,
  TableHeaderCell,
  TableRow,
} from "@/components/ui/table";

export interface DataTableColumn<Row> {
  id: string;
  header: ReactNode;
  cell: (row: Row) => ReactNode;
  /** Classes for this column's cells, e.g. "text-right tabular-nums". */
  className?: string;
}

export interface DataTableProps<Row> {
  columns: readonly DataTableColumn<Row>[];
  rows: readonly Row[];
  rowKey: (row: Row) => Key;
  /** Set on the table, and as `<testId>-empty` on the empty state. */
  testId: string;
  emptyMessage: ReactNode;
  /** Read by screen readers; the visible heading lives outside the table. */
  caption?: string;
}

/**
 * A server-rendered table from column definitions. Sorting, filtering and paging happen in the database
 * through the URL, so there is no client-side table state to keep.
 */
export function DataTable<Row>({
  columns,
  rows,
  rowKey,
  testId,
  emptyMessage,
  caption,
}: DataTableProps<Row>) {
  if (rows.length === 0) return <EmptyState testId={`${testId}-empty`}>{emptyMessage}</EmptyState>;
  return (
    <TableFrame>
      <Table data-testid={testId}>
        {caption && <caption className="sr-only">{caption}</caption>}
        <TableHead>
          <tr>
            {columns.map((column) => (
              <TableHeaderCell key={column.id} className={column.className}>
                {column.header}
              </TableHeaderCell>
            ))}
          </tr>
        </TableHead>
        <TableBody>
          {rows.map((row) => (
            <TableRow key={rowKey(row)}>
              {columns.map((column) => (
                <TableCell key={column.id} className={column.className}>
                  {column.cell(row)}
                </TableCell>
              ))}
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableFrame>
  );
}
