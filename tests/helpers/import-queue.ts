import type PgBoss from "pg-boss";
import { afterAll, beforeAll, inject } from "vitest";
import type { Db } from "../../lib/db/client";
import { createImportQueue, startImportQueue } from "../../lib/sources/import-jobs";
import { resetData } from "./db";

/**
 * The import queue on the test database for the describe block it is called in, started on
 * empty tables and stopped afterwards; `queue.boss` is there once the block's tests run.
 */
export function useImportQueue(db: Db): { boss: PgBoss } {
  const queue = {} as { boss: PgBoss };
  beforeAll(async () => {
    await resetData(db);
    queue.boss = createImportQueue(inject("databaseUrl"));
    await startImportQueue(queue.boss);
  });
  afterAll(async () => {
    await queue.boss?.stop({ graceful: false, wait: true });
  });
  return queue;
}
