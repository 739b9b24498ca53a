"use client";
import { updateProfileAction } from "@/app/(user)/settings/actions";
import { ProfileForm } from "@/app/(user)/settings/_components/profile-form";
import type { IngredientChoice } from "@/components/settings/dislikes-picker";
import type { Profile } from "@/lib/users";
import type { ProfileUpdate } from "@/lib/users/update-profile";

/** Settings has no steps: the flag onboarding uses is not part of the profile. */
function withoutStep(input: ProfileUpdate & { isFinal: boolean }): ProfileUpdate {
  const profile: Partial<ProfileUpdate & { isFinal: boolean }> = { ...input };
  delete profile.isFinal;
  return profile as ProfileUpdate;
}

export function SettingsProfileForm({
  profile,
  dislikes,
}: {
  profile: Profile;
  dislikes: IngredientChoice[];
}) {
  return (
    <ProfileForm
      profile={profile}
      dislikes={dislikes}
      mode="settings"
      onSave={(input) => updateProfileAction(withoutStep(input))}
    />
  );
}
