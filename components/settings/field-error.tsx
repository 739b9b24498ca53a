/** The message shown beside a field; `id` lets the input point at it with aria-describedby. */
export function FieldError({ id, message }: { id: string; message?: string }) {
  if (!message) return null;
  return (
    <span id={id} role="alert" className="mt-1 block text-xs text-red-700">
      {message}
    </span>
  );
}

export type FieldErrors = Partial<Record<string, string>>;

/** next-safe-action's formatted errors (`{ field: { _errors: [...] } }`) → first message per field. */
export function fieldErrorsOf(validationErrors: unknown): FieldErrors {
  const errors: FieldErrors = {};
  if (!validationErrors || typeof validationErrors !== "object") return errors;
  for (const [field, value] of Object.entries(validationErrors)) {
    if (field === "_errors") {
      if (Array.isArray(value) && value.length) errors.form = String(value[0]);
      continue;
    }
    const messages = (value as { _errors?: unknown } | null)?._errors;
    if (Array.isArray(messages) && messages.length) errors[field] = String(messages[0]);
  }
  return errors;
}
