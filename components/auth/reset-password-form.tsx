"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { authClient } from "@/lib/auth/client";

/** The page the reset e-mail links to: `/reset-password?token=…`. */
export function ResetPasswordForm() {
  const token = useSearchParams().get("token") ?? "";
  const router = useRouter();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setError("The two passwords differ.");
      return;
    }
    setError(null);
    startTransition(async () => {
      const result = await authClient.resetPassword({ newPassword, token });
      if (result.error) {
        setError(
          result.error.code === "INVALID_TOKEN"
            ? "This link has expired or was already used. Ask for a new one."
            : result.error.message || "Your password could not be reset.",
        );
        return;
      }
      router.push("/sign-in?reset=1");
    });
  }

  if (!token) {
    return (
      <p className="mx-auto max-w-sm text-center">
        This page needs the link from your e-mail.{" "}
        <Link href="/forgot-password" className="text-brand-700 underline">
          Ask for a new link
        </Link>
      </p>
    );
  }

  return (
    <form
      onSubmit={onSubmit}
      className="mx-auto max-w-sm space-y-4 rounded-lg border border-stone-200 bg-white p-6"
    >
      <h1 className="text-xl font-semibold">Choose a new password</h1>
      <Field
        label="New password (10+ characters)"
        id="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={10}
        required
      />
      <Field
        label="New password again"
        id="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
      />
      {error && (
        <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
          {error}{" "}
          <Link href="/forgot-password" className="underline">
            Ask for a new link
          </Link>
        </p>
      )}
      <button
        type="submit"
        disabled={isPending}
        className="w-full rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isPending ? "Please wait…" : "Set new password"}
      </button>
    </form>
  );
}
