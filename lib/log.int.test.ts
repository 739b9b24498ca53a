import { Writable } from "node:stream";
import { describe, expect, it } from "vitest";
import { createLogger } from "@/lib/log";

function captureLines() {
  const lines: string[] = [];
  const stream = new Writable({
    write(chunk: Buffer, _encoding, done) {
      lines.push(...chunk.toString("utf8").split("\n").filter(Boolean));
      done();
    },
  });
  return { lines, stream };
}

describe("log lines", () => {
  it("carry the rollout plan's field names: ISO timestamp, level as a word, service, message", () => {
    const { lines, stream } = captureLines();
    const logger = createLogger(stream);
    logger.level = "info";
    logger.warn({ job_id: "job-1", duration_ms: 12 }, "Weekly meal plan generated");

    expect(lines).toHaveLength(1);
    const line = JSON.parse(lines[0] ?? "{}") as Record<string, unknown>;
    expect(line).toMatchObject({
      level: "warn",
      service: "meal-planner",
      message: "Weekly meal plan generated",
      job_id: "job-1",
      duration_ms: 12,
    });
    expect(line.timestamp).toMatch(/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.\d{3}Z$/);
    expect(line).not.toHaveProperty("time");
    expect(line).not.toHaveProperty("msg");
  });

  it("redacts passwords and tokens", () => {
    const { lines, stream } = captureLines();
    const logger = createLogger(stream);
    logger.level = "info";
    logger.info({ password: "hunter22", headers: { authorization: "Bearer x" } }, "sign-in");
    expect(lines[0]).not.toContain("hunter22");
    expect(lines[0]).not.toContain("Bearer x");
  });
});
