import path from "node:path";

export const STAFF = { email: "staff@meal-planner.local", password: "staff-demo-2026" };
// The first demo user (a beta tester); see prisma/seed/demo-users.ts.
export const USER = { email: "ana1+beta@example.com", password: "demo-user-2026" };

export const STAFF_STATE = path.join(import.meta.dirname, "../test-results/.auth/staff.json");
export const USER_STATE = path.join(import.meta.dirname, "../test-results/.auth/user.json");
