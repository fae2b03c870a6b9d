import { PrismaPg } from "@prisma/adapter-pg";
import pg from "pg";
import { inject } from "vitest";
import { PrismaClient } from "../../lib/db/generated/client";

/** A Prisma client whose every round trip to PostgreSQL is counted. */
export function countedClient() {
  const pool = new pg.Pool({ connectionString: inject("databaseUrl"), max: 2 });
  const counter = { trips: 0, statements: [] as string[] };
  pool.on("connect", (client) => {
    const query = client.query.bind(client) as (...args: unknown[]) => unknown;
    (client as unknown as { query: (...args: unknown[]) => unknown }).query = (...args: unknown[]) => {
      counter.trips += 1;
      const text = typeof args[0] === "string" ? args[0] : (args[0] as { text?: string })?.text;
      counter.statements.push(String(text ?? "").replace(/\s+/g, " ").slice(0, 60));
      return query(...args);
    };
  });
  return { client: new PrismaClient({ adapter: new PrismaPg(pool), transactionOptions: { maxWait: 10_000, timeout: 20_000 } }), counter, pool };
}
