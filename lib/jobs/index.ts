export { jobTypeForFunction, JOB_TYPE_BY_FUNCTION_ID } from "@/lib/jobs/job-types";
export { recordExecutionStart, recordExecutionEnd } from "@/lib/jobs/record-execution";
export {
  bookScheduledJob,
  BookScheduledJobSchema,
  listScheduledJobsForApi,
  ListScheduledJobsSchema,
} from "@/lib/jobs/book-scheduled-job";
