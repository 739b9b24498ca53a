import { JoinBetaButton } from "@/components/plan/join-beta-button";

/** What a person sees while weekly plans are rolling out and not yet on for them: the truth, and a way in. */
export function RolloutNotice({ isBetaMember }: { isBetaMember: boolean }) {
  return (
    <section className="max-w-2xl space-y-4" data-testid="rollout-notice">
      <h1 className="text-2xl font-semibold">Weekly meal plans are on their way</h1>
      <p className="text-stone-700">
        Every week Meal Planner makes you a 7-day plan balanced to your calorie, protein, carb and fat
        targets, with a grocery list, prep steps and an e-mail when it is ready.
      </p>
      <p className="text-stone-700">
        We are switching it on in stages, beta testers first, so we can watch that every plan arrives on time.
        It is not on for your account yet. Join the beta to be among the first.
      </p>
      <JoinBetaButton isMember={isBetaMember} />
    </section>
  );
}
