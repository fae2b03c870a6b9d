import type PgBoss from "pg-boss";
import type { Db } from "../db/client";
import { workWithoutPauses } from "../queue-work";
import { pollFollow } from "./poll";

/**
 * Followed feeds and channels on the existing queue (pg-boss): a sweep every few seconds hands
 * the queue each follow whose next poll is due, leasing it for ten minutes so it is handed over
 * once; the poll then sets its real next time (its interval, or a backoff after a failure).
 * Several workers take polls side by side, so one slow feed never holds up the others.
 */
export const FOLLOW_QUEUE = "follow-poll";
const LEASE = "10 minutes";
const WORKERS = 4;

/** Hands the queue every follow that is due; returns how many. */
export async function dispatchFollows(db: Db, boss: PgBoss): Promise<number> {
  const due = await db.$queryRaw<{ id: string }[]>`
    UPDATE "Follow" SET "nextPollAt" = now() + ${LEASE}::interval
     WHERE "id" IN (SELECT "id" FROM "Follow" WHERE "state" = 'ACTIVE' AND "nextPollAt" <= now() ORDER BY "nextPollAt" LIMIT 100 FOR UPDATE SKIP LOCKED)
    RETURNING "id"`;
  for (const { id } of due) await boss.send(FOLLOW_QUEUE, { followId: id }, { singletonKey: id });
  return due.length;
}

export async function startFollowWorker(options: { db: Db; boss: PgBoss; ownOrigins: string[]; sweepMs?: number; log?: (line: string) => void }): Promise<() => void> {
  const log = options.log ?? ((line: string) => console.error(line));
  // A poll that fails records its reason in the follow and is tried at the next due time, not retried by the queue.
  await options.boss.createQueue(FOLLOW_QUEUE, { name: FOLLOW_QUEUE, retryLimit: 0, expireInSeconds: 5 * 60 });
  let sweeping = false;
  const sweep = setInterval(() => {
    if (sweeping) return;
    sweeping = true;
    dispatchFollows(options.db, options.boss)
      .catch((error: Error) => log(`follows: the due polls could not be queued (${error.message}); trying again shortly.`))
      .finally(() => {
        sweeping = false;
      });
  }, options.sweepMs ?? 5_000);
  for (let worker = 0; worker < WORKERS; worker += 1) {
    await workWithoutPauses(options.boss, (eachJob) =>
      options.boss.work<{ followId: string }>(
        FOLLOW_QUEUE,
        { pollingIntervalSeconds: 1, batchSize: 1 },
        eachJob(async ([job]) => {
          await pollFollow({ db: options.db, followId: job.data.followId, ownOrigins: options.ownOrigins });
        }),
      ),
    );
  }
  return () => clearInterval(sweep);
}
