"use client";
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { authClient } from "@/lib/auth/client";

/** Asks for a reset link. The answer is the same whether or not the address has an account. */
export function ForgotPasswordForm() {
  const [isSent, setIsSent] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const email = String(new FormData(event.currentTarget).get("email") ?? "").trim();
    setError(null);
    startTransition(async () => {
      const result = await authClient.requestPasswordReset({ email, redirectTo: "/reset-password" });
      if (result.error) {
        setError(
          result.error.status === 429
            ? "Too many requests. Please wait a minute and try again."
            : result.error.message || "Something went wrong. Please try again.",
        );
        return;
      }
      setIsSent(true);
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      className="mx-auto max-w-sm space-y-4 rounded-lg border border-stone-200 bg-white p-6"
    >
      <h1 className="text-xl font-semibold">Reset your password</h1>
      {isSent ? (
        <p role="status" className="text-sm text-stone-700">
          If an account uses that address, we have e-mailed it a link to choose a new password. The link works
          once, for an hour.
        </p>
      ) : (
        <>
          <Field label="E-mail" id="email" type="email" autoComplete="email" required />
          {error && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {error}
            </p>
          )}
          <button
            type="submit"
            disabled={isPending}
            className="w-full rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
          >
            {isPending ? "Please wait…" : "E-mail me a link"}
          </button>
        </>
      )}
      <p className="text-center text-sm text-stone-500">
        <Link href="/sign-in" className="text-brand-700 underline">
          Back to sign in
        </Link>
      </p>
    </form>
  );
}
