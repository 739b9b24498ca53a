import { DateTime } from "luxon";
import { z } from "zod";
import { safeText } from "@/lib/validation/text";

/** What Next.js hands a page: a key given twice arrives as an array. */
export type RawSearchParams = Record<string, string | string[] | undefined>;

export type SearchParamsResult<T> = { isValid: true; data: T } | { isValid: false; message: string };

/** First value of each key, trimmed, with blank ones dropped: what the filter forms and page links start from. */
export function flattenSearchParams(raw: RawSearchParams): Record<string, string> {
  const flat: Record<string, string> = {};
  for (const [key, value] of Object.entries(raw)) {
    const first = (Array.isArray(value) ? value[0] : value)?.trim();
    if (first) flat[key] = first;
  }
  return flat;
}

/**
 * Console filters come from the address bar, so anything can arrive: a bad value becomes a message the page
 * shows next to the filters instead of an exception.
 */
export function parseSearchParams<S extends z.ZodType>(
  schema: S,
  raw: RawSearchParams,
): SearchParamsResult<z.output<S>> {
  const result = schema.safeParse(flattenSearchParams(raw));
  if (result.success) return { isValid: true, data: result.data };
  return { isValid: false, message: result.error.issues.map((issue) => issue.message).join(" ") };
}

// Blank fields arrive as `?status=` when a GET form is submitted untouched; they mean "no filter".
function blankToUndefined(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const trimmed = value.trim();
  return trimmed === "" ? undefined : trimmed;
}

/** One of a Prisma enum's values, or nothing. */
export function optionalEnumParam<const T extends Readonly<Record<string, string>>>(
  values: T,
  label: string,
) {
  const allowed = Object.values(values).join(", ");
  return z.preprocess(
    blankToUndefined,
    z
      .enum(values, {
        error: (issue) => `Unknown ${label} “${String(issue.input)}”. Choose one of: ${allowed}.`,
      })
      .optional(),
  );
}

const MAX_TEXT_LENGTH = 200;

/** Free text such as an e-mail fragment, or nothing. */
export function optionalTextParam(label: string) {
  return z.preprocess(
    blankToUndefined,
    safeText({ label })
      .pipe(z.string().max(MAX_TEXT_LENGTH, `${label} is longer than ${MAX_TEXT_LENGTH} characters.`))
      .optional(),
  );
}

/**
 * A `datetime-local` value (`2026-03-01T08:30`, seconds optional) read as UTC: the console shows every time
 * in UTC, so a staff member in another zone types what they see.
 */
export function optionalUtcDateTimeParam(label: string) {
  const message = `${label} must be a date and time like 2026-03-01T08:30 (UTC).`;
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,3})?)?$/, message)
      .transform((value, context) => {
        const parsed = DateTime.fromISO(value, { zone: "utc" });
        if (!parsed.isValid) {
          context.addIssue({ code: "custom", message });
          return z.NEVER;
        }
        return parsed.toJSDate();
      })
      .optional(),
  );
}

const MAX_PAGE = 100_000;

/** A 1-based page number; 1 when absent. */
export function pageParam(label = "Page") {
  const message = `${label} must be a whole number from 1 to ${MAX_PAGE}.`;
  return z.preprocess(
    blankToUndefined,
    z
      .string()
      .regex(/^\d{1,6}$/, message)
      .transform(Number)
      .pipe(z.number().int().min(1, message).max(MAX_PAGE, message))
      .default(1),
  );
}
