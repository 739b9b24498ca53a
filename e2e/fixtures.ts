import path from "node:path";

export const STAFF = { email: "staff@meal-planner.local", password: "staff-demo-2026" };
// The first demo user (a beta tester); see prisma/seed/demo-users.ts.
export const USER = { email: "ana1+beta@example.com", password: "demo-user-2026" };

export const STAFF_STATE = path.join(import.meta.dirname, "../test-results/.auth/staff.json");
export const USER_STATE = path.join(import.meta.dirname, "../test-results/.auth/user.json");

// Beta testers with seeded plans (prisma/seed/demo-users.ts: indexes 20 and 40). The weekly-pages specs change
// their plans, so the shared USER above stays as seeded for the other specs.
export const SWAP_USER = { email: "umar21+beta@example.com", password: "demo-user-2026" };
export const OTHER_USER = { email: "priya41+beta@example.com", password: "demo-user-2026" };
