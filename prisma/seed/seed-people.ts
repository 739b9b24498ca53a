import { randomUUID } from "node:crypto";
import { hashPassword } from "better-auth/crypto";
import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_STAFF, DEMO_USER_PASSWORD, buildDemoUsers } from "./demo-users";

/** Creates a person who can sign in with e-mail + password, the way better-auth stores credentials. */
export async function createPersonWithPassword(
  db: PrismaClient,
  person: { email: string; name: string; password: string; role?: "user" | "staff"; tags?: string[] },
): Promise<string> {
  const id = randomUUID();
  await db.user.create({
    data: {
      id,
      email: person.email.toLowerCase(),
      name: person.name,
      emailVerified: true,
      role: person.role ?? "user",
      tags: person.tags ?? [],
      accounts: {
        create: {
          id: randomUUID(),
          accountId: id,
          providerId: "credential",
          password: await hashPassword(person.password),
        },
      },
    },
  });
  return id;
}

export async function seedPeople(
  db: PrismaClient,
): Promise<{ staff: number; users: number; betaTesters: number }> {
  await createPersonWithPassword(db, { ...DEMO_STAFF, role: "staff" });
  const users = buildDemoUsers();
  // One hash for all demo users: scrypt is deliberately slow, and they share the documented demo password.
  const passwordHash = await hashPassword(DEMO_USER_PASSWORD);
  for (const user of users) {
    const id = randomUUID();
    await db.user.create({
      data: {
        id,
        email: user.email,
        name: user.name,
        emailVerified: true,
        tags: user.isBetaTester ? ["beta_tester"] : [],
        lastSignInAt: new Date(Date.now() - Math.floor(Math.random() * 40) * 86_400_000),
        accounts: {
          create: { id: randomUUID(), accountId: id, providerId: "credential", password: passwordHash },
        },
        nutritionTarget: { create: user.target },
        dietaryPreference: { create: user.preference },
        ...(user.isBetaTester ? { betaProgram: { create: {} } } : {}),
      },
    });
  }
  return { staff: 1, users: users.length, betaTesters: users.filter((u) => u.isBetaTester).length };
}
