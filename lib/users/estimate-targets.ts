import { z } from "zod";

/**
 * Daily targets from body data, with every step shown to the person so they can trust (or overrule) it:
 * Mifflin–St Jeor resting energy (the equation dietitians default to), times an activity factor, adjusted
 * for the goal; protein by body weight, fat as a share of energy, carbohydrate the rest (Atwater 4/4/9).
 */
export const ACTIVITY_FACTORS = {
  sedentary: 1.2,
  light: 1.375,
  moderate: 1.55,
  active: 1.725,
  very_active: 1.9,
} as const;
export const GOAL_ADJUSTMENT = { lose: -0.2, maintain: 0, gain: 0.1 } as const;
const PROTEIN_G_PER_KG = { lose: 2.0, maintain: 1.6, gain: 1.8 } as const;
const FAT_SHARE = 0.3;
/** Below this an unsupervised diet is not safe; the estimate never suggests less. */
const MIN_KCAL = 1200;

export const BodyDataSchema = z.object({
  sex: z.enum(["female", "male"]),
  ageYears: z.coerce.number().int().min(16, "Age must be at least 16.").max(100, "Age must be at most 100."),
  heightCm: z.coerce
    .number()
    .min(120, "Height must be at least 120 cm.")
    .max(230, "Height must be at most 230 cm."),
  weightKg: z.coerce
    .number()
    .min(35, "Weight must be at least 35 kg.")
    .max(250, "Weight must be at most 250 kg."),
  activity: z.enum(Object.keys(ACTIVITY_FACTORS) as [keyof typeof ACTIVITY_FACTORS]),
  goal: z.enum(["lose", "maintain", "gain"]),
});
export type BodyData = z.infer<typeof BodyDataSchema>;

export interface TargetEstimate {
  restingKcal: number;
  activityFactor: number;
  maintenanceKcal: number;
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
  /** the formula with the person's numbers, for display */
  explanation: string;
}

export function estimateTargets(body: BodyData): TargetEstimate {
  const sexTerm = body.sex === "male" ? 5 : -161;
  const restingKcal = 10 * body.weightKg + 6.25 * body.heightCm - 5 * body.ageYears + sexTerm;
  const activityFactor = ACTIVITY_FACTORS[body.activity];
  const maintenanceKcal = restingKcal * activityFactor;
  const kcal = Math.max(MIN_KCAL, Math.round((maintenanceKcal * (1 + GOAL_ADJUSTMENT[body.goal])) / 10) * 10);
  const proteinG = Math.round(body.weightKg * PROTEIN_G_PER_KG[body.goal]);
  const fatG = Math.round((kcal * FAT_SHARE) / 9);
  const carbsG = Math.max(10, Math.round((kcal - proteinG * 4 - fatG * 9) / 4));
  const explanation =
    `10 × ${body.weightKg} kg + 6.25 × ${body.heightCm} cm − 5 × ${body.ageYears} y ${sexTerm > 0 ? "+ 5" : "− 161"}` +
    ` = ${Math.round(restingKcal)} kcal at rest; × ${activityFactor} activity = ${Math.round(maintenanceKcal)} kcal to maintain` +
    (GOAL_ADJUSTMENT[body.goal] === 0
      ? ""
      : `; ${GOAL_ADJUSTMENT[body.goal] > 0 ? "+" : "−"}${Math.abs(GOAL_ADJUSTMENT[body.goal] * 100)} % to ${body.goal}`) +
    ` → ${kcal} kcal.`;
  return { restingKcal, activityFactor, maintenanceKcal, kcal, proteinG, carbsG, fatG, explanation };
}
