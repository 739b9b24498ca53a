import { Client } from "pg";
import { describe, expect, it } from "vitest";
import { db, dbPool } from "@/lib/db";

describe("the database pool", () => {
  it("survives the server dropping an idle connection, and the next query reconnects", async () => {
    const [row] = await db.$queryRaw<{ pid: number }[]>`SELECT pg_backend_pid() AS pid`;
    const pid = row?.pid;
    const before = dbPool.totalCount;
    expect(dbPool.idleCount).toBeGreaterThan(0);

    const admin = new Client({ connectionString: process.env.DATABASE_URL });
    await admin.connect();
    try {
      await admin.query("SELECT pg_terminate_backend($1)", [pid]);
    } finally {
      await admin.end();
    }
    // The pool drops the dead client when its 'error' event fires; without the pool's own listener that
    // event is unhandled and ends the process (vitest reports it and fails).
    await expect.poll(() => dbPool.totalCount, { timeout: 5000 }).toBeLessThan(before);

    const [after] = await db.$queryRaw<{ ok: number }[]>`SELECT 1 AS ok`;
    expect(after?.ok).toBe(1);
  });
});
