"use client";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { deleteAccountAction } from "@/app/(user)/settings/actions";
import { fieldErrorsOf } from "@/components/settings/field-error";
import { authClient } from "@/lib/auth/client";

/** Deleting is final, so it takes typing DELETE; afterwards the browser's session cookie is cleared too. */
export function DeleteAccount() {
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();
  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const confirmation = String(new FormData(event.currentTarget).get("confirmation") ?? "");
    startTransition(async () => {
      const result = await deleteAccountAction({ confirmation: confirmation as "DELETE" });
      if (result?.validationErrors) {
        setError(
          fieldErrorsOf(result.validationErrors).confirmation ?? "Type DELETE in capitals to confirm.",
        );
        return;
      }
      if (!result?.data) {
        setError(result?.serverError ?? "Something went wrong. Try again.");
        return;
      }
      // The server already revoked every session; this only drops the now useless cookie.
      await authClient.signOut().catch(() => undefined);
      router.push("/?account=deleted");
      router.refresh();
    });
  }
  return (
    <form onSubmit={onSubmit} className="space-y-3" noValidate>
      <p className="text-sm text-stone-700">
        This deletes your targets, preferences, plans, grocery lists and FatSecret link, and signs you out
        everywhere. It cannot be undone. You can download your data first.
      </p>
      <label className="block max-w-xs text-sm">
        Type DELETE to confirm
        <input
          name="confirmation"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? "confirmation-error" : undefined}
          className="w-full rounded-md border border-stone-300 px-2 py-1"
        />
        {error && (
          <span id="confirmation-error" role="alert" className="mt-1 block text-xs text-red-700">
            {error}
          </span>
        )}
      </label>
      <button
        type="submit"
        disabled={isPending}
        className="rounded-md bg-red-700 px-4 py-2 text-white hover:bg-red-800 disabled:opacity-60"
      >
        {isPending ? "Deleting…" : "Delete my account"}
      </button>
    </form>
  );
}
