"use client";
import Link from "next/link";
import { useRouter, useSearchParams } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { authClient } from "@/lib/auth/client";
import { safeNextPath } from "@/lib/auth/safe-next";
import { Field } from "@/components/ui/field";

type Mode = "sign-in" | "sign-up";

function messageFor(status: number | undefined, fallback: string | undefined, mode: Mode): string {
  if (status === 429) return "Too many attempts. Please wait a minute and try again.";
  if (mode === "sign-in" && (status === 401 || status === 403)) return "Wrong e-mail or password.";
  return fallback ?? "Something went wrong. Please try again.";
}

export function AuthForm({ mode }: { mode: Mode }) {
  const router = useRouter();
  const params = useSearchParams();
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const email = String(form.get("email") ?? "").trim();
    const password = String(form.get("password") ?? "");
    const name = String(form.get("name") ?? "").trim();
    setError(null);
    startTransition(async () => {
      const result =
        mode === "sign-in"
          ? await authClient.signIn.email({ email, password })
          : await authClient.signUp.email({ email, password, name: name || email.split("@")[0] || email });
      if (result.error) {
        setError(messageFor(result.error.status, result.error.message, mode));
        return;
      }
      // Only a path on this origin, so ?next= cannot send people to another site after signing in.
      router.push(safeNextPath(params.get("next"), window.location.origin));
      router.refresh();
    });
  }

  return (
    <form
      onSubmit={onSubmit}
      className="mx-auto max-w-sm space-y-4 rounded-lg border border-stone-200 bg-white p-6"
    >
      <h1 className="text-xl font-semibold">{mode === "sign-in" ? "Sign in" : "Create your account"}</h1>
      {mode === "sign-up" && <Field label="Name" id="name" autoComplete="name" />}
      <Field label="E-mail" id="email" type="email" autoComplete="email" required />
      <Field
        label="Password"
        id="password"
        type="password"
        autoComplete={mode === "sign-in" ? "current-password" : "new-password"}
        minLength={mode === "sign-in" ? undefined : 10}
        required
      />
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
        {isPending ? "Please wait…" : mode === "sign-in" ? "Sign in" : "Create account"}
      </button>
      <p className="text-center text-sm text-stone-500">
        {mode === "sign-in" ? (
          <>
            New here?{" "}
            <Link href="/sign-up" className="text-brand-700 underline">
              Create an account
            </Link>
            {" · "}
            <Link href="/forgot-password" className="text-brand-700 underline">
              Forgot your password?
            </Link>
          </>
        ) : (
          <>
            Already have an account?{" "}
            <Link href="/sign-in" className="text-brand-700 underline">
              Sign in
            </Link>
          </>
        )}
      </p>
    </form>
  );
}
