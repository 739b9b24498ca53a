import { notFound } from "next/navigation";
import { OnboardingForm } from "@/app/(user)/onboarding/_components/onboarding-form";
import { requireUser } from "@/lib/auth/session";
import { getProfile, namesOfIngredients } from "@/lib/users";

export const metadata = { title: "Welcome · Meal Planner" };

export default async function OnboardingPage() {
  const user = await requireUser("/onboarding");
  const profile = await getProfile(user.id);
  if (!profile) notFound();
  const dislikes = await namesOfIngredients(profile.dietaryPreference?.dislikes ?? []);
  return (
    <div className="mx-auto max-w-3xl space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Welcome, {profile.name.split(" ")[0]}</h1>
        <p className="text-stone-700">
          Three short steps, then your first week of meals is made straight away. Everything can be changed
          later in settings.
        </p>
      </div>
      <OnboardingForm profile={profile} dislikes={dislikes} initialStep={profile.nutritionTarget ? 1 : 0} />
    </div>
  );
}
