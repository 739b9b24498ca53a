import Link from "next/link";
import { redirect } from "next/navigation";
import { getSessionUser } from "@/lib/auth/session";
import { getProfile, needsOnboarding } from "@/lib/users";

const WEEKDAYS = ["", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export default async function HomePage() {
  const user = await getSessionUser();
  if (!user) {
    return (
      <section className="mx-auto max-w-xl space-y-4 text-center">
        <h1 className="text-3xl font-semibold">Your week of meals, planned for you</h1>
        <p className="text-stone-600">
          Every week you get a 7-day plan balanced to your calories and macros, a grocery list, prep steps,
          and your meals in your FatSecret diary.
        </p>
        <Link
          href="/sign-in"
          className="inline-block rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700"
        >
          Sign in
        </Link>
      </section>
    );
  }

  // A first sign-in (nothing set, onboarding neither finished nor skipped) starts with onboarding.
  if (await needsOnboarding(user.id)) redirect("/onboarding");
  const profile = await getProfile(user.id);
  const target = profile?.nutritionTarget;
  const prefs = profile?.dietaryPreference;
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">Hello, {profile?.name ?? user.name}</h1>
      <div className="grid gap-4 sm:grid-cols-2">
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-medium">Daily targets</h2>
          {target ? (
            <dl className="grid grid-cols-2 gap-1 text-sm" data-testid="targets">
              <dt className="text-stone-600">Energy</dt>
              <dd>{target.kcal} kcal</dd>
              <dt className="text-stone-600">Protein</dt>
              <dd>{target.proteinG} g</dd>
              <dt className="text-stone-600">Carbohydrate</dt>
              <dd>{target.carbsG} g</dd>
              <dt className="text-stone-600">Fat</dt>
              <dd>{target.fatG} g</dd>
            </dl>
          ) : (
            <p className="text-sm text-stone-600">
              No targets set yet.{" "}
              <Link href="/onboarding" className="text-brand-700 underline">
                Set them up
              </Link>
            </p>
          )}
        </div>
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-medium">Preferences</h2>
          {prefs ? (
            <dl className="grid grid-cols-2 gap-1 text-sm">
              <dt className="text-stone-600">Diet</dt>
              <dd className="capitalize">{prefs.diet}</dd>
              <dt className="text-stone-600">Avoid</dt>
              <dd>{prefs.allergens.length ? prefs.allergens.join(", ") : "nothing"}</dd>
              <dt className="text-stone-600">Meals a day</dt>
              <dd>{prefs.mealsPerDay}</dd>
              <dt className="text-stone-600">Household</dt>
              <dd>{prefs.householdSize}</dd>
              <dt className="text-stone-600">New plan</dt>
              <dd>
                {WEEKDAYS[prefs.planWeekday]} {String(prefs.planHour).padStart(2, "0")}:00 ({prefs.timeZone})
              </dd>
            </dl>
          ) : (
            <p className="text-sm text-stone-600">No preferences set yet.</p>
          )}
        </div>
      </div>
    </section>
  );
}
