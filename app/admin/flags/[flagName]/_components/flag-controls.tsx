"use client";
import { useState } from "react";
import { ConfirmAction } from "@/app/admin/_components/confirm-action";
import {
  engageKillSwitchAction,
  enrolCohortAction,
  enrolEmailsAction,
  releaseKillSwitchAction,
  removeEmailsAction,
  setFlagGlobalAction,
  setRolloutPercentageAction,
} from "@/app/admin/flags/actions";

interface FlagControlsProps {
  flagName: string;
  enabledGlobally: boolean;
  rolloutPercentage: number;
  killSwitch: boolean;
  totalUsers: number;
}

export function FlagControls({
  flagName,
  enabledGlobally,
  rolloutPercentage,
  killSwitch,
  totalUsers,
}: FlagControlsProps) {
  const [percentage, setPercentage] = useState(rolloutPercentage);
  const [cohortPercent, setCohortPercent] = useState(5);
  const [emails, setEmails] = useState("");
  const canaryTarget = Math.ceil((totalUsers * cohortPercent) / 100);

  return (
    <div className="grid gap-4 md:grid-cols-2">
      <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="font-medium">Switches</h2>
        <div className="flex flex-wrap gap-2">
          <ConfirmAction
            label={enabledGlobally ? "Turn off for everyone" : "Turn on for everyone"}
            title={enabledGlobally ? "Turn the flag off globally?" : "Turn the flag on for everyone?"}
            effect={
              enabledGlobally
                ? `${flagName} will be off for everyone except people enrolled individually or within the ${rolloutPercentage} % bucket.`
                : `${flagName} will be on for all ${totalUsers} users, except anyone enrolled with the flag off. The kill switch still overrides.`
            }
            tone={enabledGlobally ? "neutral" : "primary"}
            onConfirm={(reason) =>
              setFlagGlobalAction({ flagName, enabled: !enabledGlobally, reason: reason || undefined })
            }
          />
          {killSwitch ? (
            <ConfirmAction
              label="Release kill switch"
              title="Release the kill switch?"
              effect={`${flagName} will again follow enrolments, the global switch and the percentage.`}
              onConfirm={(reason) => releaseKillSwitchAction({ flagName, reason: reason || undefined })}
            />
          ) : (
            <ConfirmAction
              label="Engage kill switch"
              title="Engage the kill switch?"
              effect={`${flagName} will be off for everyone at once, whatever the enrolments, until the switch is released. Caches pick it up within 5 seconds.`}
              tone="danger"
              isReasonRequired
              onConfirm={(reason) => engageKillSwitchAction({ flagName, reason })}
            />
          )}
        </div>
        <label className="block text-sm" htmlFor="percentage">
          <span className="font-medium">Percentage rollout: {percentage} %</span>
          <input
            id="percentage"
            type="range"
            min={0}
            max={100}
            step={1}
            value={percentage}
            onChange={(event) => setPercentage(Number(event.target.value))}
            className="mt-1 w-full"
          />
        </label>
        <ConfirmAction
          label={`Set to ${percentage} %`}
          title={`Roll ${flagName} out to ${percentage} %?`}
          effect={
            percentage >= rolloutPercentage
              ? `About ${Math.round((totalUsers * percentage) / 100)} of ${totalUsers} users fall under ${percentage} %. Everyone already in stays in (buckets are sticky).`
              : `Lowering from ${rolloutPercentage} % to ${percentage} % removes the users who joined last; the others keep the flag.`
          }
          onConfirm={() => setRolloutPercentageAction({ flagName, percentage })}
        />
      </section>

      <section className="space-y-3 rounded-lg border border-stone-200 bg-white p-4">
        <h2 className="font-medium">Cohorts</h2>
        <label className="block text-sm" htmlFor="cohort-percent">
          <span className="font-medium">Cohort size (% of users)</span>
          <input
            id="cohort-percent"
            type="number"
            min={1}
            max={100}
            value={cohortPercent}
            onChange={(event) => setCohortPercent(Number(event.target.value))}
            className="ml-2 w-20 rounded-md border border-stone-300 px-2 py-1"
          />
        </label>
        <div className="flex flex-wrap gap-2">
          <ConfirmAction
            label="Enrol beta testers"
            title="Enrol the canary cohort?"
            effect={`Enrols beta testers first (+beta e-mail, beta programme, beta_tester tag), then the most recently active users, up to ${canaryTarget} of ${totalUsers} users (${cohortPercent} %). People who opted out stay out.`}
            onConfirm={() =>
              enrolCohortAction({ flagName, cohort: "beta_testers", targetPercent: cohortPercent })
            }
          />
          <ConfirmAction
            label="Enrol active users"
            title="Enrol active users?"
            effect={`Enrols users who signed in within 30 days, most recent first, up to ${canaryTarget} users (${cohortPercent} %).`}
            onConfirm={() =>
              enrolCohortAction({ flagName, cohort: "active_users", targetPercent: cohortPercent })
            }
          />
        </div>
        <label className="block text-sm" htmlFor="emails">
          <span className="font-medium">People by e-mail (comma or newline separated)</span>
          <textarea
            id="emails"
            value={emails}
            onChange={(event) => setEmails(event.target.value)}
            rows={2}
            className="mt-1 w-full rounded-md border border-stone-300 p-2"
          />
        </label>
        <div className="flex flex-wrap gap-2">
          <ConfirmAction
            label="Enrol these people"
            title="Enrol these people?"
            effect="Each listed person gets the flag on, whatever the percentage. Unknown addresses are refused."
            onConfirm={() => enrolEmailsAction({ flagName, emails })}
          />
          <ConfirmAction
            label="Remove these people"
            title="Remove these enrolments?"
            effect="The listed people lose their individual enrolment and fall back to the global switch and percentage."
            tone="neutral"
            onConfirm={() => removeEmailsAction({ flagName, emails })}
          />
        </div>
      </section>
    </div>
  );
}
