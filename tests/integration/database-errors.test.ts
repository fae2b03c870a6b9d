import { afterAll, describe, expect, it } from "vitest";
import { createDb } from "../../lib/db/client";
import { assertReachable } from "../../lib/db/connect";
import { DATABASE_BUSY, DATABASE_DOWN, DISK_FULL, describeDatabaseError, isDatabaseDown } from "../../lib/db/errors";
import { testDb } from "../helpers/db";

describe("an unreachable database", () => {
  it("says which address it tried", async () => {
    await expect(assertReachable("postgresql://postgres@127.0.0.1:1/factlog")).rejects.toThrow(
      /^Could not reach PostgreSQL at 127\.0\.0\.1:1 \(database factlog\): /,
    );
  });
});

describe("database failures in words a person can act on", () => {
  const db = testDb();
  afterAll(async () => {
    await unreachable.$disconnect();
  });
  const unreachable = createDb("postgresql://postgres@127.0.0.1:1/factlog", { maxConnections: 1 });

  async function failure(work: () => Promise<unknown>): Promise<unknown> {
    try {
      await work();
    } catch (error) {
      return error;
    }
    throw new Error("expected the database to refuse");
  }

  it("a server that does not answer: nothing was saved, try again", async () => {
    expect(describeDatabaseError(await failure(() => unreachable.outlet.create({ data: { name: "x" } })))).toBe(DATABASE_DOWN);
    expect(describeDatabaseError(await failure(() => unreachable.$transaction(async (tx) => tx.outlet.count())))).toBe(DATABASE_DOWN);
    expect(describeDatabaseError(await failure(() => unreachable.$queryRawUnsafe("SELECT 1")))).toBe(DATABASE_DOWN);
  });

  it("a transaction that outlives its time limit: the database is busy, nothing was saved", async () => {
    const error = await failure(() =>
      db.$transaction(
        async (tx) => {
          await tx.outlet.create({ data: { name: "Outlet saved too slowly" } });
          await tx.$executeRawUnsafe("SELECT pg_sleep(0.3)");
        },
        { timeout: 100 },
      ),
    );
    expect(describeDatabaseError(error)).toBe(DATABASE_BUSY);
    expect(isDatabaseDown(error)).toBe(true);
    expect(await db.outlet.count({ where: { name: "Outlet saved too slowly" } })).toBe(0);
  });

  it("a full disk, as PostgreSQL reports it (SQLSTATE 53100)", async () => {
    const error = await failure(() => db.$executeRawUnsafe(`DO $$ BEGIN RAISE EXCEPTION 'could not extend file "base/16384/16385": No space left on device' USING ERRCODE = 'disk_full'; END $$`));
    expect(describeDatabaseError(error)).toBe(DISK_FULL);
  });

  it("constraints: a duplicate, a missing reference and a check", async () => {
    await db.outlet.create({ data: { name: "Duplicate outlet" } });
    expect(describeDatabaseError(await failure(() => db.outlet.create({ data: { name: "Duplicate outlet" } })))).toBe("That already exists: choose another name or key.");
    expect(describeDatabaseError(await failure(() => db.source.create({ data: { title: "x", kind: "ARTICLE", language: "en", rawText: "x", contentHash: "h-fk", importedById: "no-such-user" } })))).toMatch(/^Something this refers to was changed or removed meanwhile/);
    expect(describeDatabaseError(await failure(() => db.$executeRawUnsafe(`INSERT INTO "Quantity" ("id", "key", "labelEn", "labelRu", "labelKy") VALUES ('q1', 'Not A Key!', 'x', 'x', 'x')`)))).toMatch(/^A value does not fit what the database accepts/);
  });

  it("a connection the driver gave up on, as pg reports it without a code, is the database down", () => {
    // Seen when PostgreSQL stopped under load (tests/e2e/faults.test.ts): the error pg throws
    // for a pooled client whose connection broke, which Next.js would otherwise answer with a 500.
    expect(describeDatabaseError(new Error("Client has encountered a connection error and is not queryable"))).toBe(DATABASE_DOWN);
  });

  it("a bug is not dressed up as a database failure", () => {
    expect(describeDatabaseError(new TypeError("Cannot read properties of undefined"))).toBeNull();
    expect(describeDatabaseError(null)).toBeNull();
  });
});
