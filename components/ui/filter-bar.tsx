import Form from "next/form";
import Link from "next/link";
import type { ReactNode } from "react";

const controlClass =
  "h-9 rounded-md border border-stone-300 bg-white px-2 text-sm focus:border-brand-600 focus:outline-none";

/**
 * A GET form: applying filters navigates to `action?name=value…`, so every filtered view is a shareable URL
 * and the server reads the same parameters whether they came from the form or the address bar.
 */
export function FilterBar({
  action,
  clearHref,
  children,
}: {
  action: string;
  clearHref: string;
  children: ReactNode;
}) {
  return (
    <Form
      action={action}
      aria-label="Filters"
      className="flex flex-wrap items-end gap-3 rounded-lg border border-stone-200 bg-white p-3"
    >
      {children}
      <div className="flex items-center gap-3">
        <button
          type="submit"
          className="h-9 rounded-md bg-brand-600 px-3 text-sm text-white hover:bg-brand-700"
        >
          Apply filters
        </button>
        <Link href={clearHref} className="text-sm text-stone-600 underline hover:text-stone-900">
          Clear
        </Link>
      </div>
    </Form>
  );
}

function FilterLabel({ id, label, children }: { id: string; label: string; children: ReactNode }) {
  return (
    <label htmlFor={id} className="flex flex-col gap-1 text-sm">
      <span className="font-medium text-stone-700">{label}</span>
      {children}
    </label>
  );
}

export function SelectFilter({
  name,
  label,
  options,
  defaultValue,
  anyLabel = "Any",
}: {
  name: string;
  label: string;
  options: readonly string[];
  defaultValue?: string;
  anyLabel?: string;
}) {
  const id = `filter-${name}`;
  // An unknown value from the address bar falls back to "any" in the control; the page reports it.
  const selected = defaultValue && options.includes(defaultValue) ? defaultValue : "";
  return (
    <FilterLabel id={id} label={label}>
      <select id={id} name={name} defaultValue={selected} className={controlClass}>
        <option value="">{anyLabel}</option>
        {options.map((option) => (
          <option key={option} value={option}>
            {option}
          </option>
        ))}
      </select>
    </FilterLabel>
  );
}

export function TextFilter({
  name,
  label,
  defaultValue,
  placeholder,
  type = "text",
}: {
  name: string;
  label: string;
  defaultValue?: string;
  placeholder?: string;
  type?: "text" | "search" | "datetime-local";
}) {
  const id = `filter-${name}`;
  return (
    <FilterLabel id={id} label={label}>
      <input
        id={id}
        name={name}
        type={type}
        defaultValue={defaultValue}
        placeholder={placeholder}
        className={controlClass}
      />
    </FilterLabel>
  );
}
