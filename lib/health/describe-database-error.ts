/**
 * Turns what Prisma, its pg adapter and pg throw when the database is away into one line an operator can act
 * on, and tells such failures apart from bugs. Prisma's messages start with a blank line and bury the cause in
 * `meta.driverAdapterError`, which is why the health reason used to be empty. Pure.
 */
interface AdapterCause {
  kind?: string;
  host?: string;
  port?: number;
  originalMessage?: string;
  originalCode?: string;
}

const UNREACHABLE_KINDS = new Set([
  "DatabaseNotReachable",
  "DatabaseDoesNotExist",
  "ConnectionClosed",
  "SocketTimeout",
  "TooManyConnections",
  "TransactionAlreadyClosed",
]);

const UNREACHABLE_CODES = new Set(["P1001", "P1002", "P1008", "P1017", "P2024"]);

const UNREACHABLE_TEXT =
  /can't reach database|ECONNREFUSED|ECONNRESET|ETIMEDOUT|EHOSTUNREACH|timeout|timed out|Connection terminated|connection (is )?closed|the database system is (starting up|shutting down)|terminating connection/i;

function adapterCause(error: unknown): AdapterCause | undefined {
  const meta = (error as { meta?: { driverAdapterError?: { cause?: AdapterCause } } } | null)?.meta;
  return meta?.driverAdapterError?.cause ?? (error as { cause?: AdapterCause } | null)?.cause;
}

function lastLine(message: string): string {
  const lines = message
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  const last = lines.at(-1) ?? "";
  // "Raw query failed. Code: `N/A`. Message: `Can't reach database server at …`" → the message part.
  return /Message: `(.+)`/.exec(last)?.[1] ?? last;
}

/** One line naming the failure, e.g. `cannot connect to 127.0.0.1:5432 (DatabaseNotReachable)`. */
export function describeDatabaseError(error: unknown): string {
  const cause = adapterCause(error);
  if (cause?.kind) {
    const where = cause.host ? ` to ${cause.host}${cause.port ? `:${cause.port}` : ""}` : "";
    const detail = cause.originalMessage ? `: ${cause.originalMessage}` : "";
    if (cause.kind === "DatabaseNotReachable")
      return `cannot connect${where} (DatabaseNotReachable)${detail}`;
    return `${cause.kind}${where}${detail}`;
  }
  const message = error instanceof Error ? error.message : String(error);
  const code = (error as { code?: unknown } | null)?.code;
  const line = lastLine(message) || (error instanceof Error ? error.name : "") || "unknown error";
  return typeof code === "string" && !line.includes(code) ? `${line} (${code})` : line;
}

/** True when the error says the database could not be reached or did not answer in time. */
export function isDatabaseUnavailable(error: unknown): boolean {
  const cause = adapterCause(error);
  if (cause?.kind && UNREACHABLE_KINDS.has(cause.kind)) return true;
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code === "string" && UNREACHABLE_CODES.has(code)) return true;
  const message = error instanceof Error ? error.message : String(error);
  return UNREACHABLE_TEXT.test(message);
}
