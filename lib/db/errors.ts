// What a database failure means to the person who was saving: words they can act on, never
// a stack trace. Prisma wraps PostgreSQL's errors in several layers (a known request error,
// a driver adapter error, the pg driver's own error); the SQLSTATE or network code is found
// wherever it sits. The words are in the message catalogs (errors.database.*): the desk says them
// in its user's language, the API and the logs in English.

import { inEnglish } from "../errors";
import { refusal, type Refusal } from "../i18n/refusals";

const SQLSTATE = /^[0-9A-Z]{5}$/;

type Found = { sqlState?: string; network?: string; prisma?: string; kind?: string; messages: string[] };

function inspect(error: unknown, found: Found = { messages: [] }, depth = 0): Found {
  if (!error || typeof error !== "object" || depth > 6) return found;
  const record = error as Record<string, unknown>;
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

const DOWN = refusal("database.down");
const BUSY = refusal("database.busy");
const FULL = refusal("database.diskFull");
export const DATABASE_DOWN = inEnglish(DOWN);
export const DATABASE_BUSY = inEnglish(BUSY);
export const DISK_FULL = inEnglish(FULL);

export const DATABASE_DOWN_FOR_READERS = "The database is not answering right now. Try again in a minute.";

/** Is this failure the database being unreachable or too slow (rather than refusing what was asked)? */
export function isDatabaseDown(error: unknown): boolean {
  const described = describeDatabaseRefusal(error);
  return described === DOWN || described === BUSY;
}

/** A database failure in English words a person can act on, or null for a bug (shown as an error page). */
export function describeDatabaseError(error: unknown): string | null {
  const described = describeDatabaseRefusal(error);
  return described && inEnglish(described);
}

// Prisma's own codes for what PostgreSQL reports as a unique or a foreign-key violation.
const PRISMA_SQLSTATE: Record<string, string> = { P2002: "23505", P2003: "23503" };
const DOWN_KINDS = new Set(["DatabaseNotReachable", "ConnectionClosed", "SocketTimeout", "TooManyConnections"]);
const DOWN_NETWORK = new Set(["ECONNREFUSED", "ECONNRESET", "ETIMEDOUT", "EPIPE"]);
const DOWN_PRISMA = new Set(["P1001", "P1002", "P1017"]);
// No connection free in time (P2024), or a transaction that outlived its time limit (P2028): the
// server is reachable but overloaded.
const BUSY_PRISMA = new Set(["P2024", "P2028"]);
const DOWN_SQLSTATE = new Set(["57P01", "57P02", "57P03", "53300"]);
// The pg driver's own words, for errors it raises without a code: a pooled connection that broke
// or closed while the server went away ("Client has encountered a connection error and is not
// queryable", "Client was closed and is not queryable").
const DOWN_MESSAGE = /timeout exceeded when trying to connect|Connection terminated|connect ECONNREFUSED|server closed the connection|Can't reach database server|DatabaseNotReachable|and is not queryable/i;

/** What a database failure means to the person who was saving, as a refusal; null for a bug. */
export function describeDatabaseRefusal(error: unknown): Refusal | null {
  const found = inspect(error);
  const sqlState = found.sqlState ?? (found.prisma ? PRISMA_SQLSTATE[found.prisma] : undefined);
  if (
    (found.kind && DOWN_KINDS.has(found.kind)) ||
    (found.network && DOWN_NETWORK.has(found.network)) ||
    (found.prisma && DOWN_PRISMA.has(found.prisma)) ||
    (sqlState && (sqlState.startsWith("08") || DOWN_SQLSTATE.has(sqlState))) ||
    DOWN_MESSAGE.test(found.messages.join("\n"))
  ) {
    return DOWN;
  }
  if (found.prisma && BUSY_PRISMA.has(found.prisma)) return BUSY;
  switch (sqlState) {
    case "53100":
      return FULL;
    case "23505":
      return refusal("database.exists");
    case "23503":
      return refusal("database.changedMeanwhile");
    case "23514":
    case "23502":
    case "22001":
      return refusal("database.doesNotFit");
    case "40001":
    case "40P01":
      return refusal("database.concurrent");
    default:
      return null;
  }
}
