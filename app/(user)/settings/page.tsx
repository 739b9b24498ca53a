import { notFound } from "next/navigation";
import { DeleteAccount } from "@/app/(user)/settings/_components/delete-account";
import { SettingsProfileForm } from "@/app/(user)/settings/_components/settings-profile-form";
import { ChangePasswordForm } from "@/components/account/change-password-form";
import { requireUser } from "@/lib/auth/session";
import { getProfile, namesOfIngredients } from "@/lib/users";
import { FatSecretConnection } from "@/components/settings/fatsecret-connection";
import { getFatSecretConnection } from "@/lib/integrations/fatsecret";

export const metadata = { title: "Settings · Meal Planner" };

export default async function SettingsPage() {
  const user = await requireUser("/settings");
  const profile = await getProfile(user.id);
  if (!profile) notFound();
  const dislikes = await namesOfIngredients(profile.dietaryPreference?.dislikes ?? []);
  return (
    <div className="mx-auto max-w-4xl space-y-8">
      <h1 className="text-2xl font-semibold">Settings</h1>
      <SettingsProfileForm profile={profile} dislikes={dislikes} />
      <FatSecretConnection status={await getFatSecretConnection(user.id)} />
      <ChangePasswordForm />
      <section
        aria-labelledby="your-data"
        className="space-y-2 rounded-lg border border-stone-200 bg-white p-4"
      >
        <h2 id="your-data" className="font-medium">
          Your data
        </h2>
        <p className="text-sm text-stone-700">
          Everything we keep about you: profile, targets, preferences, every plan with its grocery list and
          prep, and FatSecret sync records, as one JSON file.
        </p>
        <a
          href="/settings/export"
          download
          className="inline-block rounded-md border border-stone-300 bg-white px-3 py-1.5 text-sm hover:bg-stone-100"
        >
          Download my data
        </a>
      </section>
      <section
        aria-labelledby="delete-account"
        className="space-y-2 rounded-lg border border-red-200 bg-white p-4"
      >
        <h2 id="delete-account" className="font-medium text-red-800">
          Delete my account
        </h2>
        <DeleteAccount />
      </section>
    </div>
  );
}
