import { FilterBar, SelectFilter, TextFilter } from "@/components/ui/filter-bar";
import { JobStatus, JobType } from "@/lib/generated/prisma/enums";

const JOB_TYPES = Object.values(JobType);
const JOB_STATUSES = Object.values(JobStatus);

/** `values` are the raw query parameters, so what was typed comes back even when it was not valid. */
export function JobFiltersForm({ values }: { values: Readonly<Record<string, string>> }) {
  return (
    <FilterBar action="/admin/jobs" clearHref="/admin/jobs">
      <SelectFilter name="type" label="Job type" options={JOB_TYPES} defaultValue={values.type} />
      <SelectFilter name="status" label="Status" options={JOB_STATUSES} defaultValue={values.status} />
      <TextFilter
        name="user"
        label="User e-mail contains"
        type="search"
        defaultValue={values.user}
        placeholder="ana@"
      />
      <TextFilter name="from" label="From (UTC)" type="datetime-local" defaultValue={values.from} />
      <TextFilter name="to" label="To (UTC)" type="datetime-local" defaultValue={values.to} />
    </FilterBar>
  );
}
