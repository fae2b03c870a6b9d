import type PgBoss from "pg-boss";

/** A job handler wrapped so that, once it is through (done or thrown), its worker looks for the next job. */
type EachJob = <Args extends unknown[]>(handler: (...args: Args) => Promise<void>) => (...args: Args) => Promise<void>;

/**
 * Registers a pg-boss worker (`register` calls boss.work, its handler wrapped by `eachJob`) that
 * looks for its next job as soon as one is done. pg-boss waits out the rest of its polling
 * interval after every job it ran, so a worker took at most one job per interval (two imports or
 * webhook deliveries a second) however quick each was; woken after each job, it waits only when
 * the queue was empty.
 */
export async function workWithoutPauses(boss: PgBoss, register: (eachJob: EachJob) => Promise<string>): Promise<string> {
  let workerId: string | null = null;
  const eachJob: EachJob =
    (handler) =>
    async (...args) => {
      try {
        await handler(...args);
      } finally {
        if (workerId) boss.notifyWorker(workerId);
      }
    };
  workerId = await register(eachJob);
  return workerId;
}
