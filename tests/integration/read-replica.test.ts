import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { countPublishedClaims } from "../../lib/claims/public-queries";
import { createDb, createReplicated, readerOf, type Db } from "../../lib/db/client";
import { parseEnv } from "../../lib/env";
import { createMigratedDatabase, startPrivateCluster, type PrivateCluster } from "../helpers/private-postgres";

// A primary and a streaming replica of the test's own (initdb + pg_basebackup), so the test can
// pause the replica's replay and see which server a read went to.
describe("readers' queries on a read replica", () => {
  let cluster: PrivateCluster;
  let primary: Db;
  let replicated: ReturnType<typeof createReplicated>;
  let replicaSql: pg.Client;

  beforeAll(async () => {
    cluster = await startPrivateCluster({ replica: true });
    primary = createDb(await createMigratedDatabase(cluster.primary), { maxConnections: 2 });
    replicated = createReplicated(primary, [cluster.replica!.url("factlog")]);
    replicaSql = new pg.Client({ connectionString: cluster.replica!.url("factlog") });
    // The replica may take a moment to have the new database.
    for (let tries = 0; ; tries += 1) {
      try {
        await replicaSql.connect();
        break;
      } catch (error) {
        if (tries > 50) throw error;
        replicaSql = new pg.Client({ connectionString: cluster.replica!.url("factlog") });
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
    }
  }, 120_000);

  afterAll(async () => {
    await replicaSql?.end().catch(() => undefined);
    await replicated?.$disconnect();
    await primary?.$disconnect();
    await cluster?.destroy();
  });

  async function caughtUp() {
    const [{ lsn }] = (await primary.$queryRawUnsafe<{ lsn: string }[]>("SELECT pg_current_wal_insert_lsn()::text AS lsn"));
    for (let tries = 0; tries < 100; tries += 1) {
      const { rows } = await replicaSql.query("SELECT pg_last_wal_replay_lsn() >= $1::pg_lsn AS done", [lsn]);
      if (rows[0].done) return;
      await new Promise((resolve) => setTimeout(resolve, 100));
    }
    throw new Error("The replica did not catch up within 10 s.");
  }

  it("reads from the replica, raw SQL included, while writes and the desk stay on the primary", async () => {
    const reader = readerOf(replicated);
    expect((await reader.$queryRawUnsafe<{ replica: boolean }[]>("SELECT pg_is_in_recovery() AS replica"))[0].replica).toBe(true);
    expect((await primary.$queryRawUnsafe<{ replica: boolean }[]>("SELECT pg_is_in_recovery() AS replica"))[0].replica).toBe(false);
    // Writes through the replicated client go to the primary.
    await replicated.outlet.create({ data: { name: "Written through the replicated client" } });
    await caughtUp();
    expect(await reader.outlet.count()).toBe(1);

    // With the replica's replay paused, a new row is on the primary only: readers do not see it yet.
    await replicaSql.query("SELECT pg_wal_replay_pause()");
    await primary.outlet.create({ data: { name: "Only on the primary for now" } });
    expect(await primary.outlet.count()).toBe(2);
    expect(await readerOf(replicated).outlet.count()).toBe(1);
    expect(await countPublishedClaims({ db: readerOf(replicated) })).toBe(0);
    await replicaSql.query("SELECT pg_wal_replay_resume()");
    await caughtUp();
    expect(await readerOf(replicated).outlet.count()).toBe(2);
  });

  it("is configured by DATABASE_REPLICA_URLS, and refuses a malformed address in words", () => {
    expect(parseEnv({ DATABASE_REPLICA_URLS: "postgresql://a@10.0.0.2/factlog, postgresql://a@10.0.0.3/factlog" }).DATABASE_REPLICA_URLS).toEqual([
      "postgresql://a@10.0.0.2/factlog",
      "postgresql://a@10.0.0.3/factlog",
    ]);
    expect(parseEnv({}).DATABASE_REPLICA_URLS).toBeUndefined();
    expect(() => parseEnv({ DATABASE_REPLICA_URLS: "postgresql://a@10.0.0.2/factlog,mysql://b" })).toThrow(
      "Configuration error: DATABASE_REPLICA_URLS must be a postgresql:// URL, for example postgresql://user@127.0.0.1:5432/factlog.",
    );
  });
});
