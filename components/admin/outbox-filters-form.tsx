import { FilterBar, SelectFilter, TextFilter } from "@/components/ui/filter-bar";
import { EmailStatus } from "@/lib/generated/prisma/enums";

const EMAIL_STATUSES = Object.values(EmailStatus);

/** `values` are the raw query parameters, so what was typed comes back even when it was not valid. */
export function OutboxFiltersForm({ values }: { values: Readonly<Record<string, string>> }) {
  return (
    <FilterBar action="/admin/outbox" clearHref="/admin/outbox">
      <SelectFilter name="status" label="Status" options={EMAIL_STATUSES} defaultValue={values.status} />
      <TextFilter name="template" label="Template" defaultValue={values.template} placeholder="plan-ready" />
    </FilterBar>
  );
}
