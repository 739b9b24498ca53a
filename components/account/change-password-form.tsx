"use client";
import { useRef, useState, useTransition, type FormEvent } from "react";
import { Field } from "@/components/ui/field";
import { authClient } from "@/lib/auth/client";

const MIN_LENGTH = 10;

/** Settings: a new password (the server applies the full policy), and every other session signed out. */
export function ChangePasswordForm() {
  const formRef = useRef<HTMLFormElement>(null);
  const [message, setMessage] = useState<{ isError: boolean; text: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const currentPassword = String(form.get("currentPassword") ?? "");
    const newPassword = String(form.get("newPassword") ?? "");
    if (newPassword !== String(form.get("confirmPassword") ?? "")) {
      setMessage({ isError: true, text: "The two new passwords differ." });
      return;
    }
    setMessage(null);
    startTransition(async () => {
      const result = await authClient.changePassword({
        currentPassword,
        newPassword,
        revokeOtherSessions: true,
      });
      if (result.error) {
        const text =
          result.error.status === 429
            ? "Too many attempts. Please wait a minute and try again."
            : result.error.message || "Your password could not be changed.";
        setMessage({ isError: true, text });
        return;
      }
      formRef.current?.reset();
      setMessage({ isError: false, text: "Password changed. Your other devices are signed out." });
    });
  }

  return (
    <form
      ref={formRef}
      onSubmit={onSubmit}
      className="max-w-sm space-y-4 rounded-lg border border-stone-200 bg-white p-6"
      aria-labelledby="change-password-heading"
    >
      <h2 id="change-password-heading" className="text-lg font-semibold">
        Change password
      </h2>
      <Field
        label="Current password"
        id="currentPassword"
        type="password"
        autoComplete="current-password"
        required
      />
      <Field
        label={`New password (${MIN_LENGTH}+ characters)`}
        id="newPassword"
        type="password"
        autoComplete="new-password"
        minLength={MIN_LENGTH}
        required
      />
      <Field
        label="New password again"
        id="confirmPassword"
        type="password"
        autoComplete="new-password"
        required
      />
      {message && (
        <p
          role={message.isError ? "alert" : "status"}
          className={`rounded-md px-3 py-2 text-sm ${message.isError ? "bg-red-50 text-red-700" : "bg-green-50 text-green-800"}`}
        >
          {message.text}
        </p>
      )}
      <button
        type="submit"
        disabled={isPending}
        className="rounded-md bg-brand-600 px-3 py-2 font-medium text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isPending ? "Please wait…" : "Change password"}
      </button>
    </form>
  );
}
