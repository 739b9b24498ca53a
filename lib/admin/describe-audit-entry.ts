/**
 * An audit entry as a sentence staff can read ("staff@… enrolled 3 beta testers in phase3_generation_engine"),
 * with the people it names by e-mail and long lists as a count plus the list to show on demand. Pure: the
 * caller supplies e-mails for user ids and flag names for rollout ids (looked up for one page at a time).
 */

export interface AuditEntryFacts {
  actorLabel: string;
  action: string;
  targetType: string;
  targetId: string;
  before: unknown;
  after: unknown;
}

export interface AuditNames {
  emailByUserId: ReadonlyMap<string, string>;
  flagByRolloutId: ReadonlyMap<string, string>;
}

export interface AuditDescription {
  sentence: string;
  /** People the entry names (by e-mail where known), for the "show" toggle; empty when none. */
  people: string[];
  /** Whether `people` is only a sample of a longer list (cohort entries keep 20 ids). */
  isSample: boolean;
}

type Json = Record<string, unknown>;

const asObject = (value: unknown): Json =>
  value !== null && typeof value === "object" && !Array.isArray(value) ? (value as Json) : {};
const asNumber = (value: unknown): number | null => (typeof value === "number" ? value : null);
const asStrings = (value: unknown): string[] =>
  Array.isArray(value) ? value.filter((item): item is string => typeof item === "string") : [];

function plural(count: number, one: string, many: string): string {
  return `${count} ${count === 1 ? one : many}`;
}

const COHORT_WORDS: Record<string, [string, string]> = {
  beta_testers: ["beta tester", "beta testers"],
  active_users: ["active user", "active users"],
};

/** User ids an entry names, in the order it names them (for the e-mail lookup). */
export function userIdsOf(entry: AuditEntryFacts): string[] {
  const after = asObject(entry.after);
  const fromBefore = Array.isArray(entry.before)
    ? entry.before.flatMap((row) => {
        const userId = asObject(row).userId;
        return typeof userId === "string" ? [userId] : [];
      })
    : [];
  return [...asStrings(after.userIds), ...asStrings(after.sampleUserIds), ...fromBefore];
}

export function describeAuditEntry(entry: AuditEntryFacts, names: AuditNames): AuditDescription {
  const actor = entry.actorLabel;
  const before = asObject(entry.before);
  const after = asObject(entry.after);
  const flag =
    entry.targetType === "rollout"
      ? (names.flagByRolloutId.get(entry.targetId) ??
        (typeof after.flagName === "string" ? after.flagName : "a flag"))
      : entry.targetId;
  const people = userIdsOf(entry).map((id) => names.emailByUserId.get(id) ?? id);
  const none = { people: [], isSample: false };
  const sentence = (text: string, extra: Partial<AuditDescription> = none): AuditDescription => ({
    sentence: text,
    ...none,
    ...extra,
  });

  switch (entry.action) {
    case "flag.enable_globally":
      return sentence(`${actor} turned ${flag} on for everyone`);
    case "flag.disable_globally":
      return sentence(`${actor} turned ${flag} off globally`);
    case "flag.set_rollout_percentage":
      return sentence(
        `${actor} set ${flag} to ${asNumber(after.rolloutPercentage) ?? "?"} % (was ${asNumber(before.rolloutPercentage) ?? "?"} %)`,
      );
    case "flag.kill_switch.engage":
      return sentence(`${actor} engaged the kill switch of ${flag}`);
    case "flag.kill_switch.release":
      return sentence(`${actor} released the kill switch of ${flag}`);
    case "flag.enrol_users":
    case "flag.opt_out_users": {
      const count = asNumber(after.enrolledCount) ?? people.length;
      const verb = entry.action === "flag.enrol_users" ? "enrolled" : "opted";
      const tail = entry.action === "flag.enrol_users" ? `in ${flag}` : `out of ${flag}`;
      return sentence(`${actor} ${verb} ${plural(count, "person", "people")} ${tail}`, {
        people,
        isSample: false,
      });
    }
    case "flag.remove_enrolments": {
      const count = asNumber(after.removedCount) ?? people.length;
      return sentence(`${actor} removed ${plural(count, "enrolment", "enrolments")} from ${flag}`, {
        people,
        isSample: false,
      });
    }
    case "flag.enrol_cohort": {
      const count = asNumber(after.enrolledCount) ?? people.length;
      const cohort = typeof after.cohort === "string" ? after.cohort : "manual";
      const [one, many] = COHORT_WORDS[cohort] ?? ["person by e-mail", "people by e-mail"];
      const target = asNumber(after.targetCount);
      const ofTarget = target === null || cohort === "manual" ? "" : ` (target ${target})`;
      return sentence(`${actor} enrolled ${plural(count, one, many)} in ${flag}${ofTarget}`, {
        people,
        isSample: people.length < count,
      });
    }
    case "flag.restore_enrolments":
      return sentence(
        `${actor} restored ${plural(asNumber(after.restoredCount) ?? 0, "enrolment", "enrolments")} of ${flag}`,
      );
    case "flag.rollback":
      return sentence(
        `${actor} rolled ${flag} back (${plural(asNumber(before.enrolmentCount) ?? 0, "enrolment", "enrolments")} removed, ${plural(asNumber(after.cancelledJobs) ?? 0, "job", "jobs")} cancelled)`,
      );
    case "rollout.create": {
      const stages = Array.isArray(after.stages)
        ? after.stages.map((stage) => `${asNumber(asObject(stage).percentage) ?? "?"} %`).join(" → ")
        : "";
      return sentence(`${actor} planned a rollout of ${flag}${stages ? `: ${stages}` : ""}`);
    }
    case "rollout.start":
      return sentence(
        `${actor} started the rollout of ${flag} at ${asNumber(after.rolloutPercentage) ?? "?"} %`,
      );
    case "rollout.advance":
      return sentence(
        `${actor} advanced the rollout of ${flag} to ${asNumber(after.rolloutPercentage) ?? "?"} %`,
      );
    case "rollout.complete":
      return sentence(`${actor} completed the rollout of ${flag}`);
    case "rollout.pause":
      return sentence(`${actor} paused the rollout of ${flag}`);
    case "rollout.resume":
      return sentence(`${actor} resumed the rollout of ${flag}`);
    case "rollout.override_gates":
      return sentence(
        `${actor} advanced the rollout of ${flag} past gates with no data (${asStrings(after.overriddenGates).join(", ")})`,
      );
    case "rollout.schedule_start":
      return sentence(
        `${actor} scheduled the canary of ${flag} for ${String(after.scheduledStartAt ?? "?")}`,
      );
    case "guard.disable_autosync":
      return sentence(`${actor} disabled FatSecret AutoSync (kill switch of ${flag})`);
    case "guard.pause_scheduler":
      return sentence(`${actor} paused the scheduler (kill switch of ${flag})`);
    case "feedback.triage":
      return sentence(`${actor} triaged a report as ${String(after.triagedSeverity ?? "?")}`);
    default:
      return sentence(`${actor}: ${entry.action} on ${entry.targetType} ${entry.targetId}`);
  }
}
