import { PrismaPg } from "@prisma/adapter-pg";
import { describe, expect, it } from "vitest";
import { PrismaClient } from "@/lib/generated/prisma/client";
import { checkDatabase } from "@/lib/health";
import { startEmbeddedPostgres } from "@/scripts/lib/embedded-postgres";
import { GET as getDbHealth } from "@/app/api/health/db/route";
import { GET as getHealth } from "@/app/api/health/route";

const segment = { params: Promise.resolve({}) };

describe("health endpoints", () => {
  it("GET /api/health answers with status, version and uptime", async () => {
    const response = await getHealth(new Request("http://test/api/health"), segment);
    expect(response.status).toBe(200);
    const body = await response.json();
    expect(body).toMatchObject({ status: "ok", version: expect.stringMatching(/^\d+\.\d+\.\d+/) });
    expect(body.uptimeSeconds).toBeGreaterThanOrEqual(0);
  });

  it("GET /api/health/db is 200 when SELECT 1 succeeds", async () => {
    const response = await getDbHealth(new Request("http://test/api/health/db"), segment);
    expect(response.status).toBe(200);
    expect(await response.json()).toMatchObject({ status: "ok" });
  });

  it("reports a stopped database as unreachable with a reason", async () => {
    const server = await startEmbeddedPostgres();
    const client = new PrismaClient({ adapter: new PrismaPg({ connectionString: server.url }) });
    expect(await checkDatabase(client)).toMatchObject({ isHealthy: true });
    await server.stop();
    const health = await checkDatabase(client);
    expect(health.isHealthy).toBe(false);
    expect(health).toHaveProperty("reason", expect.stringContaining("database unreachable"));
    await client.$disconnect().catch(() => {});
  });
});
