import type PgBoss from "pg-boss";
import type { Db } from "./db/client";
import { startImportQueue, startImportWorker } from "./sources/import-jobs";
import { startWebhookWorker } from "./webhooks/deliveries";
import { startFollowWorker } from "./follows/worker";
import { startPostWorkers } from "./sources/post-workers";

/**
 * The queue's workers, as `npm start`, `factlog worker` and the tests run them: imports, webhook
 * deliveries and followed feeds' polls. `ownOrigins` are this server's public addresses, where no
 * webhook and no followed feed may point. A large channel export is parsed by parse workers,
 * threads on the other cores (lib/sources/post-workers.ts): they are not stopped with the rest, so
 * an import still running finishes; idle, they never keep the process alive and end on their own.
 */
export async function startWorkers(options: { db: Db; boss: PgBoss; ownOrigins: string[] }): Promise<() => void> {
  await startImportQueue(options.boss);
  const postWork = startPostWorkers();
  await startImportWorker({ db: options.db, boss: options.boss, postWork });
  const stopWebhooks = await startWebhookWorker({ db: options.db, boss: options.boss, ownOrigins: options.ownOrigins });
  const stopFollows = await startFollowWorker({ db: options.db, boss: options.boss, ownOrigins: options.ownOrigins });
  return () => {
    stopWebhooks();
    stopFollows();
  };
}

/** This server's public origins, from its configured addresses and port. */
export function serverOrigins(env: { FACTLOG_PUBLIC_URL?: string; NEXTAUTH_URL?: string; PORT: number }): string[] {
  const origins = [`http://localhost:${env.PORT}`, `http://127.0.0.1:${env.PORT}`];
  for (const url of [env.FACTLOG_PUBLIC_URL, env.NEXTAUTH_URL]) if (url) origins.push(new URL(url).origin);
  return [...new Set(origins)];
}
