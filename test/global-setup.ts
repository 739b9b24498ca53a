/**
 * Integration tests run against a real PostgreSQL: a fresh embedded cluster per run (or TEST_DATABASE_URL,
 * which must point at a local server), migrated with the project's own migrations.
 */
import type { TestProject } from "vitest/node";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { applyMigrations } from "@/scripts/lib/schema-engine";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const external = process.env.TEST_DATABASE_URL;
  if (external && !/@(localhost|127\.0\.0\.1|\[::1\])[:/]/.test(external)) {
    throw new Error("TEST_DATABASE_URL must point at a local database: tests truncate every table.");
  }
  const database = external
    ? { url: external, stop: async () => {} }
    : await startEmbeddedPostgres({ persistent: false });
  await applyMigrations(database.url);
  project.provide("databaseUrl", database.url);
  return async () => {
    await database.stop();
  };
}
