import type { Ingredient } from "@/lib/catalogue/types";
import type { CountUnit } from "@/lib/units";
import { formatAmount } from "./format-amount";
import { joinList } from "./join-list";
import type { BaseUnit } from "./types";

/**
 * Why a food appears on several lines, naming the missing fact (density or a count-unit weight)
 * so the shopper can judge the total and the catalogue can be completed.
 */
export function explainUnmergedAmounts(
  ingredient: Ingredient,
  groups: readonly { unit: BaseUnit; total: number }[],
): string {
  const units = groups.map((group) => group.unit);
  const missing: string[] = [];
  const hasVolume = units.includes("ml");
  if (hasVolume && units.length > 1 && !ingredient.densityGPerMl) missing.push("density");
  for (const unit of units) {
    if (unit !== "g" && unit !== "ml" && !ingredient.gramsPerCount?.[unit as CountUnit]) {
      missing.push(`weight per ${unit}`);
    }
  }
  const amounts = groups.map((group) => formatAmount(group.total, group.unit));
  const why = missing.length > 0 ? `no ${missing.join(" or ")} known` : "units cannot be converted";
  return `${ingredient.name}: ${joinList(amounts)} are listed separately (${why}).`;
}
