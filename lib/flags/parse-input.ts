import { z } from "zod";
import { AppError } from "@/lib/errors/app-error";

/** Validates a use case's input; a failure becomes BAD_REQUEST with every problem spelled out. */
export function parseInput<TSchema extends z.ZodType>(schema: TSchema, input: unknown): z.output<TSchema> {
  const result = schema.safeParse(input);
  if (!result.success) {
    throw new AppError("BAD_REQUEST", describeIssues(result.error), {
      issues: result.error.issues.map((issue) => ({ path: issue.path.join("."), message: issue.message })),
    });
  }
  return result.data;
}

/** One sentence per problem, as people read them (zod's pretty print, with ✖ and → markers, is for logs). */
export function describeIssues(error: z.ZodError): string {
  return error.issues
    .map((issue) => {
      const text = issue.message.trim();
      const sentence = text.charAt(0).toUpperCase() + text.slice(1);
      return /[.!?]$/.test(sentence) ? sentence : `${sentence}.`;
    })
    .join(" ");
}
