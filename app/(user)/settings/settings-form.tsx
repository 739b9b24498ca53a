"use client";
import Link from "next/link";
import { useState, useTransition, type FormEvent } from "react";
import { updateProfileAction } from "@/app/(user)/settings/actions";
import { ALLERGENS, DIETS } from "@/lib/catalogue/types";
import { describeValidationErrors } from "@/lib/forms/describe-validation-errors";
import type { Profile } from "@/lib/users";

const WEEKDAYS = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

export function SettingsForm({ profile }: { profile: Profile }) {
  const target = profile.nutritionTarget;
  const prefs = profile.dietaryPreference;
  const [message, setMessage] = useState<{ tone: "ok" | "error"; text: string; href?: string } | null>(null);
  const [isPending, startTransition] = useTransition();

  function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    const number = (name: string) => Number(form.get(name));
    startTransition(async () => {
      const result = await updateProfileAction({
        kcal: number("kcal"),
        proteinG: number("proteinG"),
        carbsG: number("carbsG"),
        fatG: number("fatG"),
        diet: String(form.get("diet")) as (typeof DIETS)[number],
        allergens: form.getAll("allergens").map(String) as (typeof ALLERGENS)[number][],
        mealsPerDay: number("mealsPerDay"),
        householdSize: number("householdSize"),
        timeZone: String(form.get("timeZone")),
        planWeekday: number("planWeekday"),
        planHour: number("planHour"),
        emailOptIn: form.get("emailOptIn") === "on",
      });
      if (result?.serverError) setMessage({ tone: "error", text: result.serverError });
      else if (result?.validationErrors)
        setMessage({ tone: "error", text: describeValidationErrors(result.validationErrors) });
      else if (result?.data?.plan === "generated")
        setMessage({ tone: "ok", text: "Saved. Your plan for this week is ready.", href: "/plan" });
      else setMessage({ tone: "ok", text: "Saved. Your next plan uses these settings." });
    });
  }

  const input = "w-full rounded-md border border-stone-300 px-2 py-1";
  return (
    <form onSubmit={onSubmit} className="space-y-6">
      <fieldset className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-4">
        <legend className="px-1 font-medium">Daily targets</legend>
        {(
          [
            ["kcal", "Energy (kcal)", target?.kcal ?? 2000],
            ["proteinG", "Protein (g)", target?.proteinG ?? 100],
            ["carbsG", "Carbohydrate (g)", target?.carbsG ?? 250],
            ["fatG", "Fat (g)", target?.fatG ?? 70],
          ] as const
        ).map(([name, label, value]) => (
          <label key={name} className="text-sm">
            {label}
            <input name={name} type="number" defaultValue={value} className={input} required />
          </label>
        ))}
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-medium">Food</legend>
        <label className="text-sm">
          Diet
          <select name="diet" defaultValue={prefs?.diet ?? "omnivore"} className={input}>
            {DIETS.map((diet) => (
              <option key={diet}>{diet}</option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Meals a day
          <select name="mealsPerDay" defaultValue={prefs?.mealsPerDay ?? 3} className={input}>
            <option value={3}>3 (no snacks)</option>
            <option value={4}>4 (one snack)</option>
            <option value={5}>5 (two snacks)</option>
          </select>
        </label>
        <label className="text-sm">
          People in the household
          <input
            name="householdSize"
            type="number"
            min={1}
            max={12}
            defaultValue={prefs?.householdSize ?? 1}
            className={input}
          />
        </label>
        <div className="text-sm sm:col-span-3">
          Leave out
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
        </div>
      </fieldset>
      <fieldset className="grid gap-3 rounded-lg border border-stone-200 bg-white p-4 sm:grid-cols-3">
        <legend className="px-1 font-medium">When your plan arrives</legend>
        <label className="text-sm">
          Day
          <select name="planWeekday" defaultValue={prefs?.planWeekday ?? 5} className={input}>
            {WEEKDAYS.map((day, i) => (
              <option key={day} value={i + 1}>
                {day}
              </option>
            ))}
          </select>
        </label>
        <label className="text-sm">
          Hour
          <input
            name="planHour"
            type="number"
            min={0}
            max={23}
            defaultValue={prefs?.planHour ?? 6}
            className={input}
          />
        </label>
        <label className="text-sm">
          Time zone
          <input name="timeZone" defaultValue={prefs?.timeZone ?? "UTC"} className={input} />
        </label>
        <label className="flex items-center gap-2 text-sm sm:col-span-3">
          <input type="checkbox" name="emailOptIn" defaultChecked={prefs?.emailOptIn ?? true} /> E-mail me
          when my plan is ready
        </label>
      </fieldset>
      {message && (
        <p
          role={message.tone === "error" ? "alert" : "status"}
          className={message.tone === "error" ? "text-red-700" : "text-green-700"}
        >
          {message.text}{" "}
          {message.href && (
            <Link href={message.href} className="underline" data-testid="see-plan">
              See your plan
            </Link>
          )}
        </p>
      )}
      <button
        type="submit"
        disabled={isPending}
        className="rounded-md bg-brand-600 px-4 py-2 text-white hover:bg-brand-700 disabled:opacity-60"
      >
        {isPending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
