"use client";
import Link from "next/link";
import { useRouter } from "next/navigation";
import { useState, useTransition, type FormEvent } from "react";
import { searchIngredientsAction } from "@/app/(user)/settings/profile-actions";
import { DislikesPicker, type IngredientChoice } from "@/components/settings/dislikes-picker";
import { fieldErrorsOf, FieldError, type FieldErrors } from "@/components/settings/field-error";
import { TargetsFields } from "@/components/settings/targets-fields";
import { TimeZoneSelect } from "@/components/settings/time-zone-select";
import { ALLERGENS, DIETS } from "@/lib/catalogue/types";
import type { Profile } from "@/lib/users";
import type { ProfileUpdate } from "@/lib/users/update-profile";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];
const INPUT = "w-full rounded-md border border-stone-300 px-2 py-1";
const STEPS = ["Your targets", "Your food", "Your week"] as const;
const STEP_FIELDS: (keyof ProfileUpdate)[][] = [
  ["kcal", "proteinG", "carbsG", "fatG"],
  ["diet", "allergens", "dislikes", "mealsPerDay", "householdSize"],
  ["timeZone", "planWeekday", "planHour", "emailOptIn"],
];

type SaveResult = {
  data?: { saved: boolean; plan?: string };
  serverError?: string;
  validationErrors?: unknown;
};

export interface ProfileFormProps {
  profile: Profile;
  dislikes: IngredientChoice[];
  mode: "settings" | "onboarding";
  /** onboarding resumes where the saved profile stops */
  initialStep?: number;
  onSave: (input: ProfileUpdate & { isFinal: boolean }) => Promise<SaveResult | undefined>;
}

function readForm(form: HTMLFormElement): ProfileUpdate {
  const data = new FormData(form);
  const number = (name: string) => Number(data.get(name));
  return {
    kcal: number("kcal"),
    proteinG: number("proteinG"),
    carbsG: number("carbsG"),
    fatG: number("fatG"),
    diet: String(data.get("diet")) as ProfileUpdate["diet"],
    allergens: data.getAll("allergens").map(String) as ProfileUpdate["allergens"],
    dislikes: data.getAll("dislikes").map(String),
    mealsPerDay: number("mealsPerDay"),
    householdSize: number("householdSize"),
    timeZone: String(data.get("timeZone")),
    planWeekday: number("planWeekday"),
    planHour: number("planHour"),
    emailOptIn: data.get("emailOptIn") === "on",
  };
}

/**
 * Targets and preferences. Settings shows it all as one form; onboarding walks through the same fields in
 * three steps and saves after each one, so leaving halfway loses nothing. Errors sit beside their field.
 */
export function ProfileForm({ profile, dislikes, mode, initialStep = 0, onSave }: ProfileFormProps) {
  const router = useRouter();
  const target = profile.nutritionTarget;
  const prefs = profile.dietaryPreference;
  const [errors, setErrors] = useState<FieldErrors>({});
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string; href?: string } | null>(null);
  const [step, setStep] = useState(initialStep);
  const [isPending, startTransition] = useTransition();
  const isOnboarding = mode === "onboarding";
  const isLastStep = step === STEPS.length - 1;
  const isShown = (index: number) => !isOnboarding || index === step;

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const input = readForm(event.currentTarget);
    const isFinal = !isOnboarding || isLastStep;
    startTransition(async () => {
      const result = await onSave({ ...input, isFinal });
      if (result?.validationErrors) {
        const found = fieldErrorsOf(result.validationErrors);
        setErrors(found);
        const badStep = STEP_FIELDS.findIndex((fields) => fields.some((f) => found[f]));
        if (isOnboarding && badStep >= 0) setStep(badStep);
        setMessage({ tone: "error", text: "Please fix the fields marked in red." });
        return;
      }
      setErrors({});
      if (result?.serverError || !result) {
        setMessage({ tone: "error", text: result?.serverError ?? "No answer from the server. Try again." });
        return;
      }
      if (isOnboarding && !isLastStep) {
        setMessage(null);
        setStep((s) => s + 1);
        return;
      }
      if (isOnboarding) {
        router.push("/plan");
        router.refresh();
        return;
      }
      if (result.data?.plan === "generated")
        setMessage({ tone: "ok", text: "Saved. Your plan for this week is ready.", href: "/plan" });
      else setMessage({ tone: "ok", text: "Saved. Your next plan uses these settings." });
    });
  }

  const fieldset = "space-y-3 rounded-lg border border-stone-200 bg-white p-4";
  return (
    <form onSubmit={onSubmit} className="space-y-6" noValidate>
      {isOnboarding && (
        <ol className="flex flex-wrap gap-2 text-sm" aria-label="Steps">
          {STEPS.map((label, index) => (
            <li
              key={label}
              aria-current={index === step ? "step" : undefined}
              className={`rounded-full px-3 py-1 ${index === step ? "bg-brand-600 text-white" : "bg-stone-200 text-stone-800"}`}
            >
              {index + 1}. {label}
            </li>
          ))}
        </ol>
      )}
      <fieldset className={fieldset} hidden={!isShown(0)}>
        <legend className="px-1 font-medium">Daily targets</legend>
        <TargetsFields
          defaults={{
            kcal: target?.kcal ?? 2000,
            proteinG: target?.proteinG ?? 100,
            carbsG: target?.carbsG ?? 250,
            fatG: target?.fatG ?? 70,
          }}
          errors={errors}
        />
      </fieldset>
      <fieldset className={`${fieldset} grid gap-3 sm:grid-cols-3`} hidden={!isShown(1)}>
        <legend className="px-1 font-medium">Food</legend>
        <label className="block text-sm">
          Diet
          <select name="diet" defaultValue={prefs?.diet ?? "omnivore"} className={INPUT}>
            {DIETS.map((diet) => (
              <option key={diet} value={diet}>
                {diet.charAt(0).toUpperCase() + diet.slice(1)}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          Meals a day
          <select name="mealsPerDay" defaultValue={prefs?.mealsPerDay ?? 3} className={INPUT}>
            <option value={3}>3 (no snacks)</option>
            <option value={4}>4 (one snack)</option>
            <option value={5}>5 (two snacks)</option>
          </select>
        </label>
        <label className="block text-sm">
          People in the household
          <input
            name="householdSize"
            type="number"
            min={1}
            max={12}
            defaultValue={prefs?.householdSize ?? 1}
            aria-invalid={errors.householdSize ? true : undefined}
            aria-describedby={errors.householdSize ? "householdSize-error" : undefined}
            className={INPUT}
          />
          <FieldError id="householdSize-error" message={errors.householdSize} />
        </label>
        <fieldset className="text-sm sm:col-span-3">
          <legend>Allergies and intolerances (always left out)</legend>
          <div className="mt-1 flex flex-wrap gap-3">
            {ALLERGENS.map((allergen) => (
              <label key={allergen} className="flex items-center gap-1">
                <input
                  type="checkbox"
                  name="allergens"
                  value={allergen}
                  defaultChecked={prefs?.allergens.includes(allergen)}
                />
                {allergen}
              </label>
            ))}
          </div>
        </fieldset>
        <div className="sm:col-span-3">
          <DislikesPicker
            initial={dislikes}
            search={async (query) => (await searchIngredientsAction({ query }))?.data ?? []}
          />
        </div>
      </fieldset>
      <fieldset className={`${fieldset} grid gap-3 sm:grid-cols-3`} hidden={!isShown(2)}>
        <legend className="px-1 font-medium">When your plan arrives</legend>
        <TimeZoneSelect defaultValue={prefs?.timeZone} error={errors.timeZone} />
        <label className="block text-sm">
          Day
          <select name="planWeekday" defaultValue={prefs?.planWeekday ?? 5} className={INPUT}>
            {WEEKDAYS.map((day, i) => (
              <option key={day} value={i + 1}>
                {day}
              </option>
            ))}
          </select>
        </label>
        <label className="block text-sm">
          Hour
          <select name="planHour" defaultValue={prefs?.planHour ?? 6} className={INPUT}>
            {Array.from({ length: 24 }, (_, hour) => (
              <option key={hour} value={hour}>
                {String(hour).padStart(2, "0")}:00
              </option>
            ))}
          </select>
        </label>
        <label className="flex items-center gap-2 text-sm sm:col-span-3">
          <input type="checkbox" name="emailOptIn" defaultChecked={prefs?.emailOptIn ?? true} /> E-mail me
          when my plan is ready
        </label>
      </fieldset>
      {message && (
        <p
          role={message.tone === "ok" ? "status" : undefined}
          className={message.tone === "error" ? "text-red-700" : "text-green-800"}
        >
          {message.text}{" "}
          {message.href && (
            <Link href={message.href} className="underline" data-testid="see-plan">
              See your plan
            </Link>
          )}
        </p>
      )}
      <div className="flex flex-wrap items-center gap-3">
        {isOnboarding && step > 0 && (
          <button
            type="button"
            onClick={() => setStep((s) => s - 1)}
            className="rounded-md border border-stone-300 bg-white px-4 py-2 hover:bg-stone-100"
          >
            Back
          </button>
        )}
        <button
          type="submit"
          disabled={isPending}
          className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60"
        >
          {isPending
            ? "Saving…"
            : !isOnboarding
              ? "Save settings"
              : isLastStep
                ? "Finish and make my plan"
                : "Next"}
        </button>
      </div>
    </form>
  );
}
