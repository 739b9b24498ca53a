"use client";
import { useState } from "react";
import { ConfirmAction } from "@/app/admin/_components/confirm-action";
import {
  advanceRolloutAction,
  createRolloutAction,
  pauseRolloutAction,
  restoreEnrolmentsAction,
  resumeRolloutAction,
  rollBackFlagAction,
  scheduleCanaryAction,
  startRolloutAction,
} from "@/app/admin/flags/actions";

interface RolloutControlsProps {
  flagName: string;
  status: "none" | "draft" | "active" | "paused" | "completed" | "rolled_back";
  nextPercentage: number | null;
  enrolledCount: number;
  waitingFor: string[];
  canAdvance: boolean;
  overridableGates: string[];
}

export function RolloutControls({
  flagName,
  status,
  nextPercentage,
  enrolledCount,
  waitingFor,
  canAdvance,
  overridableGates,
}: RolloutControlsProps) {
  const advanceLabel = nextPercentage === null ? "Complete rollout" : `Advance to ${nextPercentage} %`;
  const [autoAdvance, setAutoAdvance] = useState(false);
  const [startAt, setStartAt] = useState("");
  const isOpen = status === "draft" || status === "active" || status === "paused";
  return (
    <div className="flex flex-wrap items-center gap-2" data-testid="rollout-controls">
      {!isOpen && (
        <>
          <label className="text-sm">
            <input type="checkbox" checked={autoAdvance} onChange={(e) => setAutoAdvance(e.target.checked)} />{" "}
            advance automatically when gates stay green
          </label>
          <ConfirmAction
            label="Create staged rollout"
            title="Create a staged rollout?"
            effect={`Plans ${flagName} through 5 % → 25 % → 50 % → 100 %, each stage held for its soak time with every gate green. ${autoAdvance ? "Stages advance automatically." : "Staff approve each stage."} Nothing changes for users until you start it.`}
            onConfirm={() => createRolloutAction({ flagName, autoAdvance })}
          />
        </>
      )}
      {status === "draft" && (
        <>
          <label className="text-sm">
            Start at (UTC){" "}
            <input
              type="datetime-local"
              value={startAt}
              onChange={(event) => setStartAt(event.target.value)}
              className="rounded-md border border-stone-300 px-2 py-1"
              aria-label="Canary start (UTC)"
            />
          </label>
          <ConfirmAction
            label="Schedule canary"
            title="Schedule the canary?"
            effect={`The canary starts at ${startAt || "the chosen time"} UTC. The canary cohort gets the beta invite (with opt-out instructions and a feedback link) 48 hours before, or now if that is sooner.`}
            disabledReasons={startAt ? undefined : ["Choose a start time first"]}
            onConfirm={() => scheduleCanaryAction({ flagName, startAt: new Date(`${startAt}Z`) })}
          />
        </>
      )}
      {status === "draft" && (
        <ConfirmAction
          label="Start canary (5 %)"
          title="Start the canary?"
          effect="Enrols the beta-tester canary cohort and exposes the first 5 % bucket. The guard starts watching the canary's error rate and latency."
          onConfirm={() => startRolloutAction({ flagName })}
        />
      )}
      {status === "active" && (
        <>
          <ConfirmAction
            label={advanceLabel}
            title="Advance the rollout?"
            effect={`Exposes ${nextPercentage ?? 100} % of users; everyone already in stays in.`}
            disabledReasons={
              canAdvance ? undefined : waitingFor.length ? waitingFor : ["The gates are not met"]
            }
            onConfirm={() => advanceRolloutAction({ flagName })}
          />
          {overridableGates.length > 0 && (
            <ConfirmAction
              label={`Override ${overridableGates.length} gate${overridableGates.length === 1 ? "" : "s"} with no data`}
              title="Advance past gates with no data?"
              effect={`${waitingFor.join("; ")}. These gates had no data for the whole window, and nothing else holds the stage. ${advanceLabel} anyway? Your reason is audited and shown on the rollout.`}
              tone="neutral"
              isReasonRequired
              minReasonLength={10}
              onConfirm={(reason) => advanceRolloutAction({ flagName, overrideReason: reason })}
            />
          )}
          <ConfirmAction
            label="Pause"
            title="Pause the rollout?"
            effect="Keeps the current exposure but stops stages from advancing (automatic advance too)."
            tone="neutral"
            onConfirm={(reason) => pauseRolloutAction({ flagName, reason: reason || undefined })}
          />
        </>
      )}
      {status === "paused" && (
        <ConfirmAction
          label="Resume"
          title="Resume the rollout?"
          effect="Stages may advance again once the gates have been green for the soak time."
          onConfirm={(reason) => resumeRolloutAction({ flagName, reason: reason || undefined })}
        />
      )}
      <ConfirmAction
        label="Roll back"
        title={`Roll back ${flagName}?`}
        effect={`In one step: the flag goes off globally and to 0 %, all ${enrolledCount} enrolments are removed (kept in the rollback event so they can be restored), pending WeeklyGeneration and AutoSync jobs are cancelled, and staff are alerted.`}
        tone="danger"
        isReasonRequired
        onConfirm={(reason) => rollBackFlagAction({ flagName, reason })}
      />
    </div>
  );
}

export function RestoreEnrolmentsButton({
  rollbackEventId,
  count,
}: {
  rollbackEventId: string;
  count: number;
}) {
  return (
    <ConfirmAction
      label="Restore enrolments"
      title="Restore the removed enrolments?"
      effect={`Puts back the ${count} enrolments this rollback removed, as they were. It does not turn the flag back on.`}
      tone="neutral"
      onConfirm={(reason) => restoreEnrolmentsAction({ rollbackEventId, reason: reason || undefined })}
    />
  );
}
