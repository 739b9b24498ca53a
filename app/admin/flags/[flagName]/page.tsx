import { notFound } from "next/navigation";
import { RolloutPanel } from "@/app/admin/_components/rollout-panel";
import { FlagControls } from "@/app/admin/flags/[flagName]/_components/flag-controls";
import {
  RestoreEnrolmentsButton,
  RolloutControls,
} from "@/app/admin/flags/[flagName]/_components/rollout-controls";
import { requireStaff } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { getFlagDashboard, listRollbackEvents } from "@/lib/admin/get-rollout-dashboard";

export default async function FlagPage({ params }: { params: Promise<{ flagName: string }> }) {
  const { flagName } = await params;
  await requireStaff(`/admin/flags/${flagName}`);
  const dashboard = await getFlagDashboard(decodeURIComponent(flagName)).catch((error: unknown) => {
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  });
  const { status } = dashboard;
  const rollbacks = await listRollbackEvents({ flagName: status.flagName, limit: 10 });
  const rolloutStatus = status.rollout && status.rollout.stages.length > 0 ? status.rollout.status : "none";
  return (
    <section className="space-y-6">
      <header className="space-y-1">
        <h1 className="font-mono text-2xl font-semibold">{status.flagName}</h1>
        {status.flag.description && <p className="text-stone-600">{status.flag.description}</p>}
        <p className="text-sm" data-testid="flag-state">
          Global: <strong>{status.flag.enabledGlobally ? "on" : "off"}</strong> · Percentage:{" "}
          <strong>{status.flag.rolloutPercentage} %</strong> · Kill switch:{" "}
          <strong>
            {status.flag.killSwitch ? `ENGAGED (${status.flag.killSwitchReason ?? "no reason"})` : "off"}
          </strong>{" "}
          · Enrolled: <strong data-testid="enrolled-count">{status.flag.enabledEnrolmentCount}</strong>
        </p>
      </header>
      {/* Keyed by the flag's state so the slider and switches start from the new state after any action. */}
      <FlagControls
        key={`${status.flag.rolloutPercentage}:${status.flag.enabledGlobally}:${status.flag.killSwitch}`}
        flagName={status.flagName}
        enabledGlobally={status.flag.enabledGlobally}
        rolloutPercentage={status.flag.rolloutPercentage}
        killSwitch={status.flag.killSwitch}
        totalUsers={status.cohort.totalUsers}
      />
      <section className="space-y-3">
        <h2 className="text-lg font-medium">Staged rollout</h2>
        <RolloutControls
          flagName={status.flagName}
          status={rolloutStatus}
          nextPercentage={status.nextStage?.percentage ?? null}
          enrolledCount={status.flag.enrolmentCount}
          waitingFor={status.waitingFor}
          canAdvance={status.canAdvance}
          overridableGates={status.overridableGates}
        />
        <RolloutPanel dashboard={dashboard} />
      </section>
      <section className="space-y-2">
        <h2 className="text-lg font-medium">Rollbacks</h2>
        {rollbacks.length === 0 ? (
          <p className="text-sm text-stone-600">This flag has never been rolled back.</p>
        ) : (
          <ul className="space-y-2" data-testid="flag-rollbacks">
            {rollbacks.map((event) => (
              <li
                key={event.id}
                className="flex flex-wrap items-center gap-3 rounded-md border border-stone-200 bg-white p-3 text-sm"
              >
                <span>{new Date(event.createdAt).toISOString().replace("T", " ").slice(0, 19)} UTC</span>
                <span className="font-medium">{event.trigger}</span>
                <span>{event.reason}</span>
                <span className="text-stone-500">
                  {event.removedEnrolments} enrolments removed · {event.cancelledJobs} jobs cancelled
                </span>
                {event.canRestore && (
                  <RestoreEnrolmentsButton rollbackEventId={event.id} count={event.removedEnrolments} />
                )}
                {event.restoredAt && <span className="text-stone-500">restored</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </section>
  );
}
