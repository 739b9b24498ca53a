import { defineConfig } from "prisma/config";

// Only `prisma generate` uses this file; migrations run through scripts/migrate.ts (WASM schema engine),
// which works offline where the native engine cannot be downloaded.
export default defineConfig({
  schema: "prisma/schema.prisma",
  migrations: { path: "prisma/migrations" },
});
