/**
 * Prisma's own schema engine, compiled to WebAssembly, driven over a pg driver adapter.
 *
 * Why: the native `schema-engine` binary is downloaded at run time from outside the npm registry, which
 * is impossible on offline machines, so `prisma migrate` cannot run there. The WASM build applies the same
 * migration folders with the same `_prisma_migrations` bookkeeping, so a database migrated here is
 * indistinguishable from one migrated by `prisma migrate deploy`.
 */
import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { bindMigrationAwareSqlAdapterFactory } from "@prisma/driver-adapter-utils";
import * as bg from "@prisma/schema-engine-wasm/schema_engine_bg";

const ROOT = path.resolve(import.meta.dirname, "../..");
export const SCHEMA_PATH = path.join(ROOT, "prisma/schema.prisma");
export const MIGRATIONS_DIR = path.join(ROOT, "prisma/migrations");

let wasmReady: Promise<void> | undefined;

function loadWasm(): Promise<void> {
  wasmReady ??= (async () => {
    // The engine reports Rust panics through this global; without it a panic surfaces as a TypeError.
    (globalThis as { PRISMA_WASM_PANIC_REGISTRY?: unknown }).PRISMA_WASM_PANIC_REGISTRY = {
      set_message(message: string) {
        throw new Error(`Prisma schema engine panicked: ${message}`);
      },
    };
    const require = createRequire(import.meta.url);
    const bgPath = require.resolve("@prisma/schema-engine-wasm/schema_engine_bg");
    const wasmPath = path.join(path.dirname(bgPath), "schema_engine_bg.wasm");
    // The package entry imports the .wasm as an ES module, which Node cannot do: instantiate it by hand.
    const { instance } = await WebAssembly.instantiate(fs.readFileSync(wasmPath), {
      "./schema_engine_bg.js": bg as unknown as WebAssembly.ModuleImports,
    });
    bg.__wbg_set_wasm(instance.exports);
    (instance.exports as { __wbindgen_start?: () => void }).__wbindgen_start?.();
  })();
  return wasmReady;
}

const FILTERS = { externalTables: [], externalEnums: [] };

function readSchema(): string {
  return fs.readFileSync(SCHEMA_PATH, "utf8");
}

const PG_CHAR_OID = 18;
const PG_TEXT_OID = 25;
const CHARACTER_COLUMN_TYPE = 6; // ColumnTypeEnum.Character in @prisma/driver-adapter-utils

/** Column names of Postgres' one-byte `"char"` type, per SQL text (the same SQL always yields the same types). */
const charColumnsBySql = new Map<string, Set<string>>();

/**
 * Introspection reads catalog columns of Postgres' internal `"char"` type (relkind, contype…), which
 * @prisma/adapter-pg 7.10 rejects as an unsupported column type. The pool reports them as text (their values
 * arrive as JS strings anyway) and remembers which columns they were, so the adapter wrapper below can hand the
 * engine the Character type it expects for them.
 */
function createIntrospectionSafePool(databaseUrl: string): pg.Pool {
  const pool = new pg.Pool({ connectionString: databaseUrl });
  const query = pool.query.bind(pool) as (...args: unknown[]) => unknown;
  const patched = (...args: unknown[]): unknown => {
    const result = query(...args);
    if (!(result instanceof Promise)) return result;
    const first = args[0];
    const sql = typeof first === "string" ? first : (first as { text?: string } | undefined)?.text;
    return result.then((res: pg.QueryResult) => {
      for (const field of res.fields ?? []) {
        if (field.dataTypeID !== PG_CHAR_OID) continue;
        field.dataTypeID = PG_TEXT_OID;
        if (sql) charColumnsBySql.set(sql, (charColumnsBySql.get(sql) ?? new Set<string>()).add(field.name));
      }
      return res;
    });
  };
  // pg's query() has a dozen overloads; the patch only post-processes metadata of the promise form.
  (pool as unknown as { query: typeof patched }).query = patched;
  return pool;
}

interface RawResult {
  columnNames: string[];
  columnTypes: number[];
}
type RawQueryable = { queryRaw(q: { sql: string }): Promise<RawResult> };

function withCharacterColumns<T extends object>(adapter: T): T {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (prop !== "queryRaw" || typeof value !== "function") return value;
      return async (query: { sql: string }) => {
        const result = await (value as RawQueryable["queryRaw"]).call(target, query);
        const charColumns = charColumnsBySql.get(query.sql);
        if (charColumns) {
          const { columnNames, columnTypes } = result;
          columnNames.forEach((name, i) => {
            if (charColumns.has(name)) columnTypes[i] = CHARACTER_COLUMN_TYPE;
          });
        }
        return result;
      };
    },
  });
}

function introspectionSafeAdapterFactory(databaseUrl: string) {
  const base = new PrismaPg(createIntrospectionSafePool(databaseUrl), { disposeExternalPool: true });
  return {
    adapterName: base.adapterName,
    provider: "postgres" as const,
    connect: async () => withCharacterColumns(await base.connect()),
    connectToShadowDb: async () => withCharacterColumns(await base.connectToShadowDb()),
  };
}

async function openEngine(databaseUrl: string): Promise<bg.SchemaEngine> {
  await loadWasm();
  const adapter = bindMigrationAwareSqlAdapterFactory(introspectionSafeAdapterFactory(databaseUrl));
  return bg.SchemaEngine.new({ datamodels: [["schema.prisma", readSchema()]] }, () => {}, adapter);
}

function listMigrations() {
  const dirs = fs.existsSync(MIGRATIONS_DIR)
    ? fs
        .readdirSync(MIGRATIONS_DIR, { withFileTypes: true })
        .filter((d) => d.isDirectory())
        .map((d) => d.name)
        .sort()
    : [];
  const lockPath = path.join(MIGRATIONS_DIR, "migration_lock.toml");
  return {
    baseDir: MIGRATIONS_DIR,
    shadowDbInitScript: "",
    lockfile: {
      path: "migration_lock.toml",
      content: fs.existsSync(lockPath) ? fs.readFileSync(lockPath, "utf8") : null,
    },
    migrationDirectories: dirs.map((d) => ({
      path: d,
      migrationFile: {
        path: "migration.sql",
        content: {
          tag: "ok" as const,
          value: fs.readFileSync(path.join(MIGRATIONS_DIR, d, "migration.sql"), "utf8"),
        },
      },
    })),
  };
}

/** Applies every pending migration folder; returns the names it applied. */
export async function applyMigrations(databaseUrl: string): Promise<string[]> {
  const engine = await openEngine(databaseUrl);
  const result = await engine.applyMigrations({ migrationsList: listMigrations(), filters: FILTERS });
  return result.appliedMigrationNames;
}

/**
 * SQL that turns the database at `databaseUrl` into `schema.prisma`; empty when they already match.
 * Run against a database with every migration applied, it is the next migration to write.
 */
export async function diffDatabaseToSchema(databaseUrl: string): Promise<string> {
  const engine = await openEngine(databaseUrl);
  const result = await engine.diff({
    // The live database behind the adapter ("url" is no longer accepted by the engine).
    from: {
      tag: "schemaDatasource",
      configDir: ROOT,
      files: [{ path: "schema.prisma", content: readSchema() }],
    },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: readSchema() }] },
    script: true,
    exitCode: null,
    filters: FILTERS,
  });
  return (result.stdout ?? "").trim();
}

/** SQL that creates `schema.prisma` from nothing (the first migration). */
export async function diffEmptyToSchema(databaseUrl: string): Promise<string> {
  const engine = await openEngine(databaseUrl);
  const result = await engine.diff({
    from: { tag: "empty" },
    to: { tag: "schemaDatamodel", files: [{ path: "schema.prisma", content: readSchema() }] },
    script: true,
    exitCode: null,
    filters: FILTERS,
  });
  return (result.stdout ?? "").trim();
}
