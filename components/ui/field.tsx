import type { InputHTMLAttributes } from "react";

export function Field({
  label,
  id,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; id: string }) {
  return (
    <label htmlFor={id} className="block text-sm">
      <span className="mb-1 block font-medium text-stone-700">{label}</span>
      <input
        id={id}
        name={id}
        className="w-full rounded-md border border-stone-300 px-3 py-2 focus:border-brand-600 focus:outline-none"
        {...props}
      />
    </label>
  );
}
