/**
 * Daily targets must describe one diet: protein, carbs and fat carry energy (Atwater's general
 * factors, 4/4/9 kcal per g), and a kcal target far from what the macros carry cannot be met
 * together with them — a plan would sit off on every day with no way to say which number to trust.
 *
 * The tolerance, 15 % of the kcal target, leaves room for what the general factors ignore and for
 * targets rounded by hand (2 000 kcal with 150 g protein, 250 g carbs, 60 g fat is 7 % over), and
 * still catches unit slips: 350 g protein at 1 200 kcal is 1 400 kcal from protein alone.
 */
export const ATWATER_TOLERANCE = 0.15;

export interface MacroTargets {
  kcal: number;
  proteinG: number;
  carbsG: number;
  fatG: number;
}

export function atwaterKcal(targets: Omit<MacroTargets, "kcal">): number {
  return 4 * targets.proteinG + 4 * targets.carbsG + 9 * targets.fatG;
}

/** How far the macros' energy is from the kcal target, as a signed share of it (0.2: 20 % above). */
export function atwaterOff(targets: MacroTargets): number {
  return (atwaterKcal(targets) - targets.kcal) / targets.kcal;
}

/** Whether the macros and the kcal target are further apart than ATWATER_TOLERANCE allows. */
export function exceedsAtwaterTolerance(targets: MacroTargets): boolean {
  return Math.abs(atwaterOff(targets)) > ATWATER_TOLERANCE;
}

/** null when the macros agree with the kcal target, else a message that gives both numbers. */
export function atwaterMismatch(targets: MacroTargets): string | null {
  if (!exceedsAtwaterTolerance(targets)) return null;
  const macroKcal = atwaterKcal(targets);
  const off = Math.abs(atwaterOff(targets));
  const { proteinG, carbsG, fatG, kcal } = targets;
  return (
    `protein, carbs and fat add up to ${Math.round(macroKcal)} kcal ` +
    `(4 × ${proteinG} g + 4 × ${carbsG} g + 9 × ${fatG} g) but the energy target is ${Math.round(kcal)} kcal: ` +
    `${Math.round(off * 100)} % apart, more than the ${Math.round(ATWATER_TOLERANCE * 100)} % allowed. ` +
    `Change the energy target or the macros so they agree.`
  );
}
