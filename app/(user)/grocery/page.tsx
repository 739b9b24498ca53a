import { GroceryChecklist } from "@/app/(user)/grocery/_components/grocery-checklist";
import { weekLabel } from "@/components/plan/format";
import { requireUser } from "@/lib/auth/session";
import { getGroceryList } from "@/lib/plans";

export const metadata = { title: "Grocery list · Meal Planner" };

export default async function GroceryPage() {
  const user = await requireUser("/grocery");
  const list = await getGroceryList(user.id);
  if (!list) {
    return (
      <section className="space-y-2">
        <h1 className="text-2xl font-semibold">Grocery list</h1>
        <p className="text-stone-700">No plan yet, so no grocery list.</p>
      </section>
    );
  }
  const weekStart = list.weekStart.toISOString().slice(0, 10);
  return (
    <section className="space-y-6">
      <div>
        <h1 className="text-2xl font-semibold">Grocery list</h1>
        <p className="text-stone-600">Week of {weekLabel(weekStart)}</p>
      </div>
      <GroceryChecklist initial={list} />
    </section>
  );
}
