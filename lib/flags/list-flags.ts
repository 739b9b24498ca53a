import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";
import { flagRowSelect, loadFlagView, toFlagView, type FlagView } from "@/lib/flags/flag-view";

/** Every flag with its enrolment counts, by name. */
export async function listFlags(): Promise<FlagView[]> {
  const [rows, counts] = await Promise.all([
    db.featureFlag.findMany({ orderBy: { flagName: "asc" }, select: flagRowSelect }),
    db.userFeatureFlag.groupBy({ by: ["flagName", "enabled"], _count: { _all: true } }),
  ]);
  const countOf = (flagName: string, enabled?: boolean): number =>
    counts
      .filter((row) => row.flagName === flagName && (enabled === undefined || row.enabled === enabled))
      .reduce((sum, row) => sum + row._count._all, 0);
  return rows.map((row) => toFlagView(row, countOf(row.flagName), countOf(row.flagName, true)));
}

/** One flag; NOT_FOUND when it does not exist. */
export async function getFlag(flagName: string): Promise<FlagView> {
  const view = await loadFlagView(db, flagName);
  if (view === null) throw new AppError("NOT_FOUND", `There is no feature flag named "${flagName}".`);
  return view;
}
