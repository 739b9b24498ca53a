export { jobTypeForFunction, JOB_TYPE_BY_FUNCTION_ID } from "@/lib/jobs/job-types";
export { recordExecutionStart, recordExecutionEnd, type ExecutionOutcome } from "@/lib/jobs/record-execution";
export {
  bookRunNow,
  bookScheduledJob,
  BookScheduledJobSchema,
  JobIdSchema,
  listScheduledJobsForApi,
  ListScheduledJobsSchema,
  setScheduledJobEnabled,
  UpdateScheduledJobSchema,
} from "@/lib/jobs/book-scheduled-job";
export { JOB_GATES, GENERATION_FLAG, SCHEDULER_FLAG, type JobGate } from "@/lib/jobs/job-gates";
export { nextRunAfter, nextWeeklyRun } from "@/lib/jobs/next-run";
export { scheduleWeeklyGeneration } from "@/lib/jobs/schedule-weekly-generation";
export { bookDueJobsPage, planDispatch, type DispatchPlan, type JobBooking } from "@/lib/jobs/book-due-jobs";
export { checkGates, checkJobMayRun, type JobRunDecision } from "@/lib/jobs/check-job-may-run";
export { runRecordedJob, type RecordedJob } from "@/lib/jobs/run-recorded-job";
