"use client";
import { useRouter } from "next/navigation";
import { useId, useRef, useState, useTransition } from "react";
import { describeValidationErrors } from "@/lib/forms/describe-validation-errors";

/** What a next-safe-action server action resolves to, as far as this dialog cares. */
export interface ActionOutcome {
  serverError?: string;
  validationErrors?: unknown;
}

interface ConfirmActionProps {
  label: string;
  title: string;
  /** Plain words for what will happen, shown before anything is done. */
  effect: string;
  isReasonRequired?: boolean;
  tone?: "danger" | "primary" | "neutral";
  /** Why the action cannot be taken now; when given, the button is disabled and the reasons are listed. */
  disabledReasons?: readonly string[];
  /** Shortest reason accepted when one is required. */
  minReasonLength?: number;
  onConfirm: (reason: string) => Promise<ActionOutcome | undefined>;
}

const TONES = {
  danger: "bg-red-600 hover:bg-red-700 text-white",
  primary: "bg-brand-600 hover:bg-brand-700 text-white",
  neutral: "bg-stone-200 hover:bg-stone-300 text-stone-900",
};

/** A button that states the effect in a dialog and runs the action only after an explicit confirmation. */
export function ConfirmAction({
  label,
  title,
  effect,
  isReasonRequired,
  tone = "primary",
  disabledReasons,
  minReasonLength = 3,
  onConfirm,
}: ConfirmActionProps) {
  const isDisabled = disabledReasons !== undefined && disabledReasons.length > 0;
  const dialog = useRef<HTMLDialogElement>(null);
  const reasonId = useId();
  const router = useRouter();
  const [reason, setReason] = useState("");
  const [error, setError] = useState<string | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit() {
    setError(null);
    startTransition(async () => {
      const outcome = await onConfirm(reason.trim());
      if (outcome?.serverError) return setError(outcome.serverError);
      if (outcome?.validationErrors)
        return setError(describeValidationErrors(outcome.validationErrors, "The input is invalid."));
      dialog.current?.close();
      setReason("");
      router.refresh();
    });
  }

  return (
    <>
      <button
        type="button"
        disabled={isDisabled}
        title={isDisabled ? disabledReasons.join("\n") : undefined}
        className={`rounded-md px-3 py-1.5 text-sm disabled:cursor-not-allowed disabled:opacity-50 ${TONES[tone]}`}
        onClick={() => dialog.current?.showModal()}
      >
        {label}
      </button>
      <dialog
        ref={dialog}
        aria-label={title}
        className="m-auto w-full max-w-md rounded-lg p-0 backdrop:bg-black/40"
      >
        <div className="space-y-4 p-5">
          <h2 className="text-lg font-semibold">{title}</h2>
          <p className="text-sm text-stone-700" data-testid="confirm-effect">
            {effect}
          </p>
          {isReasonRequired && (
            <label htmlFor={reasonId} className="block text-sm">
              <span className="mb-1 block font-medium">
                Reason (required, at least {minReasonLength} characters, kept in the audit log)
              </span>
              <textarea
                id={reasonId}
                value={reason}
                onChange={(event) => setReason(event.target.value)}
                className="w-full rounded-md border border-stone-300 p-2"
                rows={2}
              />
            </label>
          )}
          {error && (
            <p role="alert" className="rounded-md bg-red-50 px-3 py-2 text-sm text-red-700">
              {error}
            </p>
          )}
          <div className="flex justify-end gap-2">
            <button
              type="button"
              className="rounded-md px-3 py-1.5 text-sm"
              onClick={() => dialog.current?.close()}
            >
              Cancel
            </button>
            <button
              type="button"
              disabled={
                isDisabled || isPending || (isReasonRequired && reason.trim().length < minReasonLength)
              }
              className={`rounded-md px-3 py-1.5 text-sm disabled:opacity-50 ${TONES[tone]}`}
              onClick={onSubmit}
            >
              {isPending ? "Working…" : `Confirm: ${label}`}
            </button>
          </div>
        </div>
      </dialog>
    </>
  );
}
