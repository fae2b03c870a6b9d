import type PgBoss from "pg-boss";

/**
 * Registers a pg-boss worker (`register` calls boss.work) that looks for its next job as soon as
 * one is done. pg-boss waits out the rest of its polling interval after every job it ran, so a
 * worker took at most one job per interval (two imports or webhook deliveries a second) however
 * quick each was; called at the end of each job, `next` wakes it, and it waits only when the
 * queue was empty.
 */
export async function workWithoutPauses(boss: PgBoss, register: (next: () => void) => Promise<string>): Promise<string> {
  let workerId: string | null = null;
  workerId = await register(() => {
    if (workerId) boss.notifyWorker(workerId);
  });
  return workerId;
}
