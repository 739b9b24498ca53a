import { FilterBar, TextFilter } from "@/components/ui/filter-bar";

/** `values` are the raw query parameters, so what was typed comes back even when it was not valid. */
export function AuditFiltersForm({ values }: { values: Readonly<Record<string, string>> }) {
  return (
    <FilterBar action="/admin/audit" clearHref="/admin/audit">
      <TextFilter
        name="action"
        label="Action"
        defaultValue={values.action}
        placeholder="flag.kill_switch.release"
      />
      <TextFilter
        name="targetType"
        label="Target type"
        defaultValue={values.targetType}
        placeholder="feature_flag"
      />
      <TextFilter
        name="actor"
        label="Actor e-mail contains"
        type="search"
        defaultValue={values.actor}
        placeholder="staff@"
      />
    </FilterBar>
  );
}
