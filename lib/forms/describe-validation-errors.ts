/**
 * Flattens next-safe-action's formatted validation errors (`{ field: { _errors: [...] } }`) into one sentence
 * a person can read next to the form.
 */
export function describeValidationErrors(errors: unknown, fallback = "Please check the values."): string {
  const messages: string[] = [];
  const walk = (value: unknown) => {
    if (!value || typeof value !== "object") return;
    for (const [key, inner] of Object.entries(value)) {
      if (key === "_errors" && Array.isArray(inner)) messages.push(...inner.map(String));
      else walk(inner);
    }
  };
  walk(errors);
  return messages.length ? messages.join(" ") : fallback;
}
