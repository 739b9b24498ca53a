export { checkDatabase, type DatabaseHealth } from "@/lib/health/check-database";

const STARTED_AT = Date.now();

export function uptimeSeconds(): number {
  return Math.round((Date.now() - STARTED_AT) / 1000);
}
export { checkInstanceHealth, type InstanceHealth } from "@/lib/health/check-instance-health";
