import { db } from "@/lib/db";
import { AppError } from "@/lib/errors/app-error";

/** An operator names a person by e-mail or id; anything else is a clear "no such person". */
export async function findUserByEmailOrId(emailOrId: string): Promise<{ id: string; email: string }> {
  const key = emailOrId.trim();
  const user = await db.user.findFirst({
    where: { OR: [{ id: key }, { email: key.toLowerCase() }], deletedAt: null },
    select: { id: true, email: true },
  });
  if (!user) throw new AppError("NOT_FOUND", `No person with the e-mail address or id "${key}".`);
  return user;
}
