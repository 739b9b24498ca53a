import { describeValidationErrors } from "@/lib/forms/describe-validation-errors";

interface ActionResult<T> {
  data?: T;
  serverError?: string;
  validationErrors?: unknown;
}

/** Turns a safe-action result into its data or a thrown Error whose message is fit to show the person. */
export function unwrapAction<T>(result: ActionResult<T> | undefined): T {
  if (!result) throw new Error("No answer from the server. Check your connection and try again.");
  if (result.serverError) throw new Error(result.serverError);
  if (result.validationErrors) {
    throw new Error(describeValidationErrors(result.validationErrors));
  }
  return result.data as T;
}
