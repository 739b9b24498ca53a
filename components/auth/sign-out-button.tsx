"use client";
import { useRouter } from "next/navigation";
import { useTransition } from "react";
import { authClient } from "@/lib/auth/client";

export function SignOutButton() {
  const router = useRouter();
  const [isPending, startTransition] = useTransition();
  function onSignOut() {
    startTransition(async () => {
      await authClient.signOut();
      router.push("/sign-in");
      router.refresh();
    });
  }
  return (
    <button
      type="button"
      onClick={onSignOut}
      disabled={isPending}
      className="text-stone-600 hover:text-stone-900"
    >
      {isPending ? "Signing out…" : "Sign out"}
    </button>
  );
}
