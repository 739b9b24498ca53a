import type { InngestFunction } from "inngest";

/** Every function the app serves; `app/api/inngest/route.ts` registers exactly this list. */
export const functions: InngestFunction.Any[] = [];
