"use client";
import { useState } from "react";
import { FieldError, type FieldErrors } from "@/components/settings/field-error";
import {
  ATWATER_TOLERANCE,
  atwaterKcal,
  atwaterOff,
  exceedsAtwaterTolerance,
} from "@/lib/nutrition/check-atwater";
import { BodyDataSchema, estimateTargets, type TargetEstimate } from "@/lib/users/estimate-targets";

type Targets = { kcal: number; proteinG: number; carbsG: number; fatG: number };

const INPUT = "w-full rounded-md border border-stone-300 px-2 py-1";

/**
 * Daily targets, typed directly or computed from body data (Mifflin–St Jeor, with the sum shown), and a
 * live Atwater check that the macros add up to the energy target.
 */
export function TargetsFields({ defaults, errors }: { defaults: Targets; errors: FieldErrors }) {
  const [targets, setTargets] = useState(defaults);
  const [estimate, setEstimate] = useState<TargetEstimate | null>(null);
  const [bodyError, setBodyError] = useState<string | null>(null);
  const implied = atwaterKcal(targets);
  const offPct = targets.kcal > 0 ? 100 * atwaterOff(targets) : 0;
  // The check the server applies on save, so the hint never disagrees with the error.
  const limitPct = Math.round(ATWATER_TOLERANCE * 100);
  const tooFar = targets.kcal > 0 && exceedsAtwaterTolerance(targets);

  function onEstimate(form: HTMLFormElement | null) {
    if (!form) return;
    const data = new FormData(form);
    const parsed = BodyDataSchema.safeParse({
      sex: data.get("body_sex"),
      ageYears: data.get("body_age"),
      heightCm: data.get("body_height"),
      weightKg: data.get("body_weight"),
      activity: data.get("body_activity"),
      goal: data.get("body_goal"),
    });
    if (!parsed.success) {
      setBodyError(parsed.error.issues.map((i) => i.message).join(" "));
      return;
    }
    setBodyError(null);
    const next = estimateTargets(parsed.data);
    setEstimate(next);
    setTargets({ kcal: next.kcal, proteinG: next.proteinG, carbsG: next.carbsG, fatG: next.fatG });
  }

  const fields = [
    ["kcal", "Energy (kcal)"],
    ["proteinG", "Protein (g)"],
    ["carbsG", "Carbohydrate (g)"],
    ["fatG", "Fat (g)"],
  ] as const;
  return (
    <div className="space-y-4">
      <details className="rounded-md border border-stone-200 p-3 text-sm">
        <summary className="cursor-pointer font-medium">Work them out from my body data</summary>
        <div className="mt-3 grid gap-3 sm:grid-cols-3">
          <label className="block">
            Sex
            <select name="body_sex" className={INPUT} defaultValue="female">
              <option value="female">Female</option>
              <option value="male">Male</option>
            </select>
          </label>
          <label className="block">
            Age (years)
            <input name="body_age" type="number" inputMode="numeric" className={INPUT} defaultValue={35} />
          </label>
          <label className="block">
            Height (cm)
            <input
              name="body_height"
              type="number"
              inputMode="decimal"
              className={INPUT}
              defaultValue={170}
            />
          </label>
          <label className="block">
            Weight (kg)
            <input name="body_weight" type="number" inputMode="decimal" className={INPUT} defaultValue={70} />
          </label>
          <label className="block">
            Activity
            <select name="body_activity" className={INPUT} defaultValue="light">
              <option value="sedentary">Mostly sitting</option>
              <option value="light">Light (1–3 workouts a week)</option>
              <option value="moderate">Moderate (3–5 a week)</option>
              <option value="active">Active (6–7 a week)</option>
              <option value="very_active">Very active (physical job + training)</option>
            </select>
          </label>
          <label className="block">
            Goal
            <select name="body_goal" className={INPUT} defaultValue="maintain">
              <option value="lose">Lose weight</option>
              <option value="maintain">Stay the same</option>
              <option value="gain">Gain weight</option>
            </select>
          </label>
        </div>
        <button
          type="button"
          onClick={(e) => onEstimate(e.currentTarget.form)}
          className="mt-3 rounded-md border border-stone-300 bg-white px-3 py-1.5 hover:bg-stone-100"
        >
          Calculate my targets
        </button>
        {bodyError && (
          <p role="alert" className="mt-2 text-red-700">
            {bodyError}
          </p>
        )}
        {estimate && (
          <p className="mt-2 text-stone-700" data-testid="estimate-explanation">
            Mifflin–St Jeor: {estimate.explanation} Protein {estimate.proteinG} g, fat 30 % of energy,
            carbohydrate the rest. Adjust below if you like.
          </p>
        )}
      </details>
      <div className="grid gap-3 sm:grid-cols-4">
        {fields.map(([name, label]) => (
          <label key={name} className="block text-sm">
            {label}
            <input
              name={name}
              type="number"
              inputMode="numeric"
              value={Number.isFinite(targets[name]) ? targets[name] : ""}
              onChange={(e) => setTargets((t) => ({ ...t, [name]: Number(e.target.value) }))}
              aria-invalid={errors[name] ? true : undefined}
              aria-describedby={errors[name] ? `${name}-error` : undefined}
              className={INPUT}
              required
            />
            <FieldError id={`${name}-error`} message={errors[name]} />
          </label>
        ))}
      </div>
      <p
        className={`text-sm ${tooFar ? "text-red-700" : Math.abs(offPct) > 10 ? "text-amber-800" : "text-stone-600"}`}
        data-testid="atwater-check"
      >
        Protein × 4 + carbohydrate × 4 + fat × 9 = {Math.round(implied)} kcal, {Math.abs(Math.round(offPct))}{" "}
        % {offPct >= 0 ? "above" : "below"} your energy target
        {tooFar ? ` — more than ${limitPct} % apart, please adjust.` : "."}
      </p>
    </div>
  );
}
