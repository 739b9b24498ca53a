import type { PrismaClient } from "@/lib/generated/prisma/client";
import { DEMO_STAFF } from "./demo-users";
import { seedCatalogue } from "./seed-catalogue";
import { seedFlags } from "./seed-flags";
import { seedPeople } from "./seed-people";

/** Seeds demo data once: a database that already has the demo staff account is left alone. */
export async function seedDemoData(
  db: PrismaClient,
  log: (line: string) => void = console.log,
): Promise<boolean> {
  const isSeeded = await db.user.findUnique({ where: { email: DEMO_STAFF.email }, select: { id: true } });
  if (isSeeded) return false;
  const catalogue = await seedCatalogue(db);
  const flags = await seedFlags(db);
  const people = await seedPeople(db);
  log(
    `Seeded ${catalogue.recipes} recipes, ${catalogue.ingredients} ingredients, ${flags} flags, ` +
      `${people.users} users (${people.betaTesters} beta testers) and ${people.staff} staff.`,
  );
  // Imported here: it runs the app's own code, which reads the environment when first loaded.
  const { seedDemoPlans } = await import("./seed-plans");
  const plans = await seedDemoPlans();
  log(
    `Enrolled ${plans.enrolled} beta testers in the phase3_generation_engine canary and made ` +
      `${plans.plans} plans (this week and the 3 before) for the ${plans.people} people it enables.`,
  );
  return true;
}
