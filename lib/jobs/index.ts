export { jobTypeForFunction, JOB_TYPE_BY_FUNCTION_ID } from "@/lib/jobs/job-types";
export { recordExecutionStart, recordExecutionEnd } from "@/lib/jobs/record-execution";
