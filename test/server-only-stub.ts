// Vitest stand-in for the "server-only" marker package, which throws outside the Next.js server build.
export {};
