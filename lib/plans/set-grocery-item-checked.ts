import { z } from "zod";
import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

export const GroceryCheckSchema = z.object({
  groceryItemId: z.string().min(1).max(64),
  isChecked: z.boolean(),
});
export type GroceryCheck = z.infer<typeof GroceryCheckSchema>;

/** Ticks an item off (or back on) the person's own list; stored, so it shows on every device. */
export async function setGroceryItemChecked(userId: string, input: GroceryCheck): Promise<GroceryCheck> {
  const { count } = await db.groceryItem.updateMany({
    where: { id: input.groceryItemId, mealPlan: { userId } },
    data: { isChecked: input.isChecked, checkedAt: input.isChecked ? new Date() : null },
  });
  if (count === 0) throw new AppError("NOT_FOUND", "That item is not on your list.");
  return input;
}
