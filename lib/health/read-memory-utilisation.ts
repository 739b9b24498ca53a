import fs from "node:fs";
import os from "node:os";

export interface MemoryReading {
  /** Used memory as a percentage of the limit. */
  value: number;
  usedBytes: number;
  limitBytes: number;
  /** Where the limit came from: the container's cgroup, MEMORY_LIMIT_BYTES, or the whole host. */
  source: "cgroup" | "configured" | "host";
}

function readCgroupNumber(file: string): number | null {
  try {
    const text = fs.readFileSync(file, "utf8").trim();
    const value = Number(text);
    return Number.isFinite(value) && value > 0 ? value : null;
  } catch {
    return null;
  }
}

/**
 * How full this instance's memory is. In a container the limit an orchestrator enforces is the cgroup's
 * (v2 `memory.max`; "max" means none), and what counts against it is `memory.current`; elsewhere the process's
 * resident set against `configuredLimitBytes`, else the host's used memory against its total.
 */
export function readMemoryUtilisation(configuredLimitBytes?: number): MemoryReading {
  const cgroupLimit = readCgroupNumber("/sys/fs/cgroup/memory.max");
  const cgroupUsed = readCgroupNumber("/sys/fs/cgroup/memory.current");
  if (cgroupLimit !== null && cgroupUsed !== null && cgroupLimit < os.totalmem()) {
    return reading(cgroupUsed, cgroupLimit, "cgroup");
  }
  if (configuredLimitBytes !== undefined) {
    return reading(process.memoryUsage.rss(), configuredLimitBytes, "configured");
  }
  return reading(os.totalmem() - os.freemem(), os.totalmem(), "host");
}

function reading(usedBytes: number, limitBytes: number, source: MemoryReading["source"]): MemoryReading {
  return { value: (usedBytes / limitBytes) * 100, usedBytes, limitBytes, source };
}
