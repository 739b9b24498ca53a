import Link from "next/link";
import { notFound } from "next/navigation";
import { DAY_NAMES, MACROS, slotLabel } from "@/components/plan/format";
import { requireUser } from "@/lib/auth/session";
import { AppError } from "@/lib/errors/app-error";
import { getPlannedRecipe, type PlannedRecipe } from "@/lib/plans";

export const metadata = { title: "Recipe · Meal Planner" };

async function loadRecipe(userId: string, mealId: string): Promise<PlannedRecipe> {
  try {
    return await getPlannedRecipe(userId, mealId);
  } catch (error) {
    // Someone else's meal and a made-up id look the same: not found.
    if (error instanceof AppError && error.code === "NOT_FOUND") notFound();
    throw error;
  }
}

export default async function PlannedRecipePage({ params }: { params: Promise<{ mealId: string }> }) {
  const { mealId } = await params;
  const user = await requireUser(`/plan/meals/${mealId}`);
  const recipe = await loadRecipe(user.id, mealId);
  const portions = Number(recipe.portionsToCook.toFixed(2));
  return (
    <article className="mx-auto max-w-3xl space-y-6">
      <div>
        <Link href="/plan" className="text-sm text-brand-700 underline">
          ← This week
        </Link>
        <h1 className="mt-2 text-2xl font-semibold">{recipe.name}</h1>
        <p className="text-stone-600">
          {DAY_NAMES[recipe.dayIndex]} · {slotLabel(recipe.slot, 0)} · {recipe.prepMinutes} min prep,{" "}
          {recipe.cookMinutes} min cooking
        </p>
      </div>
      <p className="rounded-md bg-brand-50 p-3 text-sm" data-testid="portions">
        {recipe.isLeftover
          ? `Leftovers: already cooked the day before. Your portion is ${recipe.servings} serving${recipe.servings === 1 ? "" : "s"}.`
          : `Cook ${portions} portion${portions === 1 ? "" : "s"}: ${recipe.servings} serving${recipe.servings === 1 ? "" : "s"} each for ${recipe.householdSize} ${recipe.householdSize === 1 ? "person" : "people"}${recipe.portionsToCook > recipe.servings * recipe.householdSize ? ", plus tomorrow's leftovers" : ""}.`}
      </p>
      <section aria-labelledby="nutrition">
        <h2 id="nutrition" className="mb-2 text-lg font-medium">
          Nutrition
        </h2>
        <table className="w-full max-w-md text-sm">
          <thead>
            <tr className="text-left text-stone-600">
              <th scope="col" className="font-normal">
                &nbsp;
              </th>
              <th scope="col" className="font-normal">
                Per serving
              </th>
              <th scope="col" className="font-normal">
                As planned for you
              </th>
            </tr>
          </thead>
          <tbody className="tabular-nums">
            {MACROS.map(({ key, label, unit }) => (
              <tr key={key}>
                <th scope="row" className="text-left font-normal">
                  {label}
                </th>
                <td>
                  {Math.round(recipe.perServing[key])} {unit}
                </td>
                <td>
                  {Math.round(recipe.asPlanned[key])} {unit}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
      <section aria-labelledby="ingredients">
        <h2 id="ingredients" className="mb-2 text-lg font-medium">
          Ingredients{recipe.isLeftover ? " (as cooked for your portion)" : ""}
        </h2>
        <ul className="space-y-1 text-sm" data-testid="ingredients">
          {recipe.ingredients.map((line, i) => (
            <li key={`${line.name}-${i}`}>
              <span className="tabular-nums">{line.amount}</span> {line.name}
              {line.note && <span className="text-stone-600"> — {line.note}</span>}
            </li>
          ))}
        </ul>
      </section>
      <section aria-labelledby="steps">
        <h2 id="steps" className="mb-2 text-lg font-medium">
          Steps
        </h2>
        <ol className="list-decimal space-y-2 pl-5 text-sm">
          {recipe.steps.map((step, i) => (
            <li key={i}>{step}</li>
          ))}
        </ol>
      </section>
    </article>
  );
}
