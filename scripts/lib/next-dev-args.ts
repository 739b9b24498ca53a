/**
 * `next dev`'s arguments. It binds to loopback unless HOST says otherwise: in development /api/inngest runs
 * any function, for any user id, unsigned, for whoever can reach the port.
 */
export function nextDevArgs(port: string, host: string | undefined): string[] {
  return ["dev", "--port", port, "--hostname", host || "127.0.0.1"];
}
