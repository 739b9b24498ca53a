/** `npm run db:seed:flags`: creates the product's feature flags (all off) in DATABASE_URL; no demo data. */
import { db } from "@/lib/db";
import { INITIAL_FLAGS, seedFlags } from "@/prisma/seed/seed-flags";

const created = await seedFlags(db);
console.log(`feature flags: ${created} created, ${INITIAL_FLAGS.length - created} already there`);
await db.$disconnect();
