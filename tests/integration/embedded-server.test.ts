// The embedded PostgreSQL's patch to pglite-socket (docs/decisions/0002): CI's main run uses the
// real PostgreSQL, so this test starts an embedded one of its own whatever DATABASE_URL says, and
// drives it as the app does: many connections at once, with prepared statements of different
// shapes and transactions interleaved.
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import pg from "pg";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { openEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";

describe("the embedded PostgreSQL under concurrent connections", () => {
  let dir: string;
  let embedded: EmbeddedDatabase;
  let pool: pg.Pool;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "factlog-embedded-"));
    embedded = await openEmbeddedDatabase({ dataDir: dir });
    pool = new pg.Pool({ connectionString: embedded.url, max: 8 });
    await pool.query("CREATE TABLE counter (id int PRIMARY KEY, n int NOT NULL)");
    await pool.query("INSERT INTO counter VALUES (1, 0)");
  }, 120_000);

  afterAll(async () => {
    await pool?.end();
    await embedded?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("keeps each connection's Parse, Bind and Execute together, and each transaction whole", async () => {
    // Statements with one, two and three parameters, interleaved on eight connections: a Bind
    // slipped under another connection's Parse fails with "bind message supplies N parameters".
    const shapes = [
      (i: number) => pool.query<{ v: number }>("SELECT $1::int AS v", [i]).then((result) => [result.rows[0].v, i]),
      (i: number) => pool.query<{ v: number }>("SELECT $1::int + $2::int AS v", [i, 1]).then((result) => [result.rows[0].v, i + 1]),
      (i: number) => pool.query<{ v: number }>("SELECT $1::int + $2::int + $3::int AS v", [i, 1, 1]).then((result) => [result.rows[0].v, i + 2]),
    ];
    const increments = async () => {
      const client = await pool.connect();
      try {
        await client.query("BEGIN");
        const { rows } = await client.query<{ n: number }>("SELECT n FROM counter WHERE id = $1 FOR UPDATE", [1]);
        await client.query("UPDATE counter SET n = $1 WHERE id = $2", [rows[0].n + 1, 1]);
        await client.query("COMMIT");
      } finally {
        client.release();
      }
    };
    const work: Promise<unknown>[] = [];
    for (let i = 0; i < 300; i += 1) work.push(i % 10 === 0 ? increments() : shapes[i % 3](i));
    const results = await Promise.all(work);
    for (const result of results) if (Array.isArray(result)) expect(result[0]).toBe(result[1]);
    // Every transaction's read and write stayed together: no increment was lost.
    const { rows } = await pool.query<{ n: number }>("SELECT n FROM counter WHERE id = 1");
    expect(rows[0].n).toBe(30);
  });

  it("goes on serving the others after a connection fails mid-statement or goes away", async () => {
    await expect(pool.query("SELECT $1::int AS v", ["not a number"])).rejects.toThrow(/invalid input syntax/);
    const lost = new pg.Client({ connectionString: embedded.url });
    lost.on("error", () => undefined);
    await lost.connect();
    void lost.query("SELECT pg_sleep(0.2)").catch(() => undefined);
    lost.connection.stream.destroy();
    const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => pool.query<{ v: number }>("SELECT $1::int AS v", [i])));
    expect(answers.map((answer) => answer.rows[0].v)).toEqual(Array.from({ length: 20 }, (_, i) => i));
  });
});
