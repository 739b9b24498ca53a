/** The rollout plan's communications (§2.3, §8.2): beta invite, banner, full-rollout e-mail, survey. */
export {
  scheduleCanaryStart,
  type ScheduleCanaryStartInput,
  type ScheduleCanaryStartResult,
} from "@/lib/rollouts/communications/schedule-canary-start";
export {
  queueRolloutMessages,
  type QueuedMessages,
} from "@/lib/rollouts/communications/queue-rollout-messages";
export { startScheduledRollouts } from "@/lib/rollouts/communications/start-scheduled-rollouts";
export { deliverRolloutMessages } from "@/lib/rollouts/communications/run-rollout-communications";
export {
  dismissRolloutBanner,
  shouldShowRolloutBanner,
  type RolloutBanner,
} from "@/lib/rollouts/should-show-rollout-banner";
