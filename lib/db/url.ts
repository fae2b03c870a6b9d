/** Describes a database URL for messages without leaking its password. */
export function describeDatabaseUrl(url: string): string {
  try {
    const parsed = new URL(url);
    const database = parsed.pathname.replace(/^\//, "") || "(default database)";
    return `${parsed.hostname}:${parsed.port || "5432"} (database ${database})`;
  } catch {
    return "the configured DATABASE_URL";
  }
}

/** The same server, another database: used by tests and tools that create databases. */
export function withDatabaseName(url: string, database: string): string {
  const parsed = new URL(url);
  parsed.pathname = `/${database}`;
  return parsed.toString();
}
