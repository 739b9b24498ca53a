import { requireUser } from "@/lib/auth/session";
import { getLatestPlan } from "@/lib/plans";

export const metadata = { title: "Grocery list · Meal Planner" };

export default async function GroceryPage() {
  const user = await requireUser("/grocery");
  const plan = await getLatestPlan(user.id);
  if (!plan) return <p className="text-stone-600">No plan yet, so no grocery list.</p>;
  const toBuy = plan.groceryItems.filter((i) => !i.isPantryStaple);
  const pantry = plan.groceryItems.filter((i) => i.isPantryStaple);
  const aisles = [...new Set(toBuy.map((i) => i.aisle))];
  return (
    <section className="space-y-6">
      <h1 className="text-2xl font-semibold">
        Grocery list · week of {plan.weekStart.toISOString().slice(0, 10)}
      </h1>
      <div className="grid gap-4 md:grid-cols-2" data-testid="grocery-list">
        {aisles.map((aisle) => (
          <div key={aisle} className="rounded-lg border border-stone-200 bg-white p-4">
            <h2 className="mb-2 font-medium capitalize">{aisle.replace("-", " & ")}</h2>
            <ul className="space-y-1 text-sm">
              {toBuy
                .filter((i) => i.aisle === aisle)
                .map((item) => (
                  <li key={item.id}>
                    {item.name} <span className="text-stone-500">— {item.note}</span>
                  </li>
                ))}
            </ul>
          </div>
        ))}
      </div>
      {pantry.length > 0 && (
        <div className="rounded-lg border border-stone-200 bg-white p-4">
          <h2 className="mb-2 font-medium">Check your pantry</h2>
          <p className="text-sm text-stone-600">{pantry.map((i) => i.name).join(", ")}</p>
        </div>
      )}
    </section>
  );
}
