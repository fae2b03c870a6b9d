import "server-only";
import type PgBoss from "pg-boss";
import { getEnv } from "../env";
import { getDb } from "../db/client";
import { createImportQueue, enqueueImports, startImportQueue, type ImportOptions } from "./import-jobs";

const globalForQueue = globalThis as unknown as { factlogImportQueue?: Promise<PgBoss> };

/** The web server's handle on the import queue, for sending; the worker runs in the launcher. */
export function getImportQueue(): Promise<PgBoss> {
  globalForQueue.factlogImportQueue ??= (async () => {
    const boss = createImportQueue(getEnv().DATABASE_URL!);
    await startImportQueue(boss);
    return boss;
  })();
  return globalForQueue.factlogImportQueue;
}

export async function queueImports(options: { actorId: string; files: { name: string; bytes: Uint8Array }[]; options: ImportOptions }): Promise<string[]> {
  return enqueueImports({ db: getDb(), boss: await getImportQueue(), actorId: options.actorId, files: options.files, options: options.options });
}
