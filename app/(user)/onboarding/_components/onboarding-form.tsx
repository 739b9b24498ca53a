"use client";
import { saveOnboardingStepAction, skipOnboardingAction } from "@/app/(user)/onboarding/actions";
import { ProfileForm } from "@/app/(user)/settings/_components/profile-form";
import type { IngredientChoice } from "@/components/settings/dislikes-picker";
import type { Profile } from "@/lib/users";

export function OnboardingForm({
  profile,
  dislikes,
  initialStep,
}: {
  profile: Profile;
  dislikes: IngredientChoice[];
  initialStep: number;
}) {
  return (
    <div className="space-y-4">
      <ProfileForm
        profile={profile}
        dislikes={dislikes}
        mode="onboarding"
        initialStep={initialStep}
        onSave={(input) => saveOnboardingStepAction(input)}
      />
      <form action={async () => void (await skipOnboardingAction({}))}>
        <button type="submit" className="text-sm text-stone-700 underline hover:text-stone-900">
          Skip for now
        </button>
      </form>
    </div>
  );
}
