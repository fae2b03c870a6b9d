// What a database failure means to the person who was saving: words they can act on, never
// a stack trace. Prisma wraps PostgreSQL's errors in several layers (a known request error,
// a driver adapter error, the pg driver's own error); the SQLSTATE or network code is found
// wherever it sits.

const SQLSTATE = /^[0-9A-Z]{5}$/;

type Found = { sqlState?: string; network?: string; prisma?: string; kind?: string; message: string; messages: string[] };

function inspect(error: unknown, found: Found = { message: "", messages: [] }, depth = 0): Found {
  if (!error || typeof error !== "object" || depth > 6) return found;
  const record = error as Record<string, unknown>;
  if (!found.message && typeof record.message === "string") found.message = record.message;
  if (typeof record.message === "string") found.messages.push(record.message);
  // The driver adapter's own classification: DatabaseNotReachable, ConnectionClosed, …
  if (typeof record.kind === "string" && record.kind !== "postgres") found.kind ??= record.kind;
  for (const key of ["code", "originalCode"]) {
    const code = record[key];
    if (typeof code !== "string") continue;
    if (/^P\d{4}$/.test(code)) found.prisma ??= code;
    else if (/^E[A-Z]+$/.test(code)) found.network ??= code;
    else if (SQLSTATE.test(code)) found.sqlState ??= code;
  }
  const meta = record.meta as Record<string, unknown> | undefined;
  for (const next of [record.cause, meta?.driverAdapterError, meta?.cause, (meta?.driverAdapterError as Record<string, unknown> | undefined)?.cause]) inspect(next, found, depth + 1);
  return found;
}

export const DATABASE_DOWN = "The database is not answering right now, so nothing was saved. Try again in a minute; if it lasts, tell whoever runs the server.";
export const DISK_FULL = "The database server has run out of disk space, so nothing was saved. Tell whoever runs the server: it needs more space before anyone can save.";

export const DATABASE_DOWN_FOR_READERS = "The database is not answering right now. Try again in a minute.";

/** Is this failure the database being unreachable (rather than refusing what was asked)? */
export function isDatabaseDown(error: unknown): boolean {
  return describeDatabaseError(error) === DATABASE_DOWN;
}

/** A sentence for a database failure a person can act on, or null for a bug (shown as an error page). */
export function describeDatabaseError(error: unknown): string | null {
  const { sqlState, network, prisma, kind, messages } = inspect(error);
  const message = messages.join("\n");
  if (kind === "DatabaseNotReachable" || kind === "ConnectionClosed" || kind === "SocketTimeout" || kind === "TooManyConnections") return DATABASE_DOWN;
  if (network === "ECONNREFUSED" || network === "ECONNRESET" || network === "ETIMEDOUT" || network === "EPIPE") return DATABASE_DOWN;
  if (prisma === "P1001" || prisma === "P1002" || prisma === "P1017" || prisma === "P2024" || prisma === "P2028") return DATABASE_DOWN;
  if (/timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|server closed the connection|Can't reach database server|DatabaseNotReachable/i.test(message)) return DATABASE_DOWN;
  if (sqlState) {
    if (sqlState.startsWith("08") || sqlState === "57P01" || sqlState === "57P02" || sqlState === "57P03" || sqlState === "53300") return DATABASE_DOWN;
    if (sqlState === "53100") return DISK_FULL;
    if (sqlState === "23505" || prisma === "P2002") return "That already exists: choose another name or key.";
    if (sqlState === "23503" || prisma === "P2003") return "Something this refers to was changed or removed meanwhile, so nothing was saved. Reload the page and try again.";
    if (sqlState === "23514" || sqlState === "23502" || sqlState === "22001") return "A value does not fit what the database accepts (too long, missing or out of range), so nothing was saved. Check the fields and try again.";
    if (sqlState === "40001" || sqlState === "40P01") return "Someone else was saving at the same moment, so nothing was saved. Try again.";
  }
  if (prisma === "P2002") return "That already exists: choose another name or key.";
  if (prisma === "P2003") return "Something this refers to was changed or removed meanwhile, so nothing was saved. Reload the page and try again.";
  return null;
}
