import { z } from "zod";
import { pageParam } from "@/lib/admin/search-params";

/** The rollbacks page takes only a page number. */
export const RollbackFiltersSchema = z.object({ page: pageParam() });

export type RollbackFilters = z.output<typeof RollbackFiltersSchema>;
