"use server";
import { z } from "zod";
import { userAction } from "@/lib/auth/safe-action";
import { GroceryCheckSchema, getGroceryList, setGroceryItemChecked } from "@/lib/plans";

export const getGroceryListAction = userAction
  .inputSchema(z.object({}))
  .action(async ({ ctx }) => getGroceryList(ctx.user.id));

export const checkGroceryItemAction = userAction
  .inputSchema(GroceryCheckSchema)
  .action(async ({ parsedInput, ctx }) => setGroceryItemChecked(ctx.user.id, parsedInput));
