"use client";
import { ConfirmAction } from "@/app/admin/_components/confirm-action";
import { syncTandoorNowAction } from "@/app/admin/tandoor/actions";

export function SyncNow() {
  return (
    <ConfirmAction
      label="Sync now"
      title="Sync the Tandoor catalogue"
      effect="Fetches new and changed recipes from Tandoor and updates the catalogue the planner uses."
      onConfirm={() => syncTandoorNowAction()}
    />
  );
}
