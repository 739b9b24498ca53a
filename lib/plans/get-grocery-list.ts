import { db } from "@/lib/db";

/** The grocery list of the person's latest plan, in shop order, with what they already ticked off. */
export async function getGroceryList(userId: string) {
  return db.mealPlan.findFirst({
    where: { userId, status: "ready" },
    orderBy: { weekStart: "desc" },
    select: {
      id: true,
      weekStart: true,
      groceryItems: {
        orderBy: { position: "asc" },
        select: { id: true, name: true, aisle: true, note: true, isPantryStaple: true, isChecked: true },
      },
    },
  });
}

export type GroceryListView = NonNullable<Awaited<ReturnType<typeof getGroceryList>>>;
export type GroceryItemView = GroceryListView["groceryItems"][number];
