"use server";
import { z } from "zod";
import { userAction } from "@/lib/auth/safe-action";
import { searchIngredientsByName } from "@/lib/users";

export const searchIngredientsAction = userAction
  .inputSchema(z.object({ query: z.string().max(60) }))
  .action(async ({ parsedInput }) => searchIngredientsByName(parsedInput.query));
