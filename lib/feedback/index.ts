/** Feedback, bug reports and the follow-up survey from people; staff triage; the critical-bug gate's count. */
export {
  FeedbackInputSchema,
  SEVERITIES,
  SurveyInputSchema,
  TriageInputSchema,
  type FeedbackInput,
  type Severity,
  type SurveyInput,
  type TriageInput,
} from "@/lib/feedback/feedback-input";
export { submitFeedback } from "@/lib/feedback/submit-feedback";
export { shouldShowSurvey, submitSurvey, type SurveyInvitation } from "@/lib/feedback/survey";
export { triageReport } from "@/lib/feedback/triage-report";
export { countCriticalReports, listReports, type ReportView } from "@/lib/feedback/list-reports";
