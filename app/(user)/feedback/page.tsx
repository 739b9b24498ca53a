import { FeedbackForm } from "@/components/feedback/feedback-form";
import { SurveyForm } from "@/components/feedback/survey-form";
import { submitFeedbackAction, submitSurveyAction } from "@/app/(user)/feedback/actions";
import { requireUser } from "@/lib/auth/session";
import { shouldShowSurvey } from "@/lib/feedback";

export const metadata = { title: "Feedback · Meal Planner" };

export default async function FeedbackPage() {
  const user = await requireUser("/feedback");
  const survey = await shouldShowSurvey(user.id);
  return (
    <section className="max-w-2xl space-y-6">
      <header className="space-y-1">
        <h1 className="text-2xl font-semibold">Feedback and bug reports</h1>
        <p className="text-sm text-stone-600">
          Ideas, praise and problems all go straight to the team. To stop the new weekly plans, turn e-mails
          off in settings or ask us to take you out of the new plans here.
        </p>
      </header>
      {survey && <SurveyForm rolloutId={survey.rolloutId} onSubmit={submitSurveyAction} />}
      <FeedbackForm onSubmit={submitFeedbackAction} />
    </section>
  );
}
