import Link from "next/link";
import { Alert } from "@/components/ui/alert";

/** Shown instead of results when the address bar holds a filter the page cannot use. */
export function InvalidFilters({ message, clearHref }: { message: string; clearHref: string }) {
  return (
    <Alert title="These filters cannot be applied">
      <p>{message}</p>
      <p className="mt-2">
        <Link href={clearHref} className="underline">
          Clear the filters
        </Link>{" "}
        or correct them above.
      </p>
    </Alert>
  );
}
