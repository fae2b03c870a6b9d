import { availableParallelism } from "node:os";
import { Worker } from "node:worker_threads";
import type { PostWork } from "./parse-channel";
import type { PostReply, PostTask } from "./post-worker";

/**
 * Parse workers: threads that clean posts and make their entries for a channel's export
 * (lib/sources/parse-channel.ts), one per core, so a 100,000-message archive is parsed on every
 * core while this thread reads the file and the database writes. They start when first asked
 * and stop after a while without work, so a server that imports nothing large keeps no threads.
 * The queue's worker (lib/workers.ts) owns them; the web processes never start any.
 */
/** `running`: how many threads are up now. */
export type PostWorkers = PostWork & { running(): number; close(): Promise<void> };

type Pending = { resolve: (value: never) => void; reject: (error: Error) => void };
type Thread = { worker: Worker; pending: Map<number, Pending> };

const ENTRY = new URL("./post-worker.mjs", import.meta.url);

export function startPostWorkers(options: { threads?: number; idleMs?: number } = {}): PostWorkers {
  const size = Math.max(1, options.threads ?? availableParallelism());
  const idleMs = options.idleMs ?? 60_000;
  const threads: Thread[] = [];
  let lastId = 0;
  let idleTimer: NodeJS.Timeout | null = null;

  const stopAll = () => Promise.all(threads.splice(0).map((thread) => thread.worker.terminate())).then(() => undefined);

  const settled = (thread: Thread) => {
    if (thread.pending.size > 0) return;
    // An idle thread does not keep the process alive; all idle for a while, they stop.
    thread.worker.unref();
    if (threads.every((other) => other.pending.size === 0) && !idleTimer) {
      idleTimer = setTimeout(() => {
        idleTimer = null;
        void stopAll();
      }, idleMs).unref();
    }
  };

  const spawn = (): Thread => {
    const thread: Thread = { worker: new Worker(ENTRY), pending: new Map() };
    const fail = (error: Error) => {
      const at = threads.indexOf(thread);
      if (at >= 0) threads.splice(at, 1);
      for (const pending of thread.pending.values()) pending.reject(error);
      thread.pending.clear();
    };
    thread.worker.on("message", (reply: PostReply) => {
      const pending = thread.pending.get(reply.id);
      if (!pending) return;
      thread.pending.delete(reply.id);
      if ("error" in reply) pending.reject(new Error(`A parse worker failed: ${reply.error}`));
      else pending.resolve(reply.result as never);
      settled(thread);
    });
    thread.worker.on("error", fail);
    thread.worker.on("exit", (code) => fail(new Error(`A parse worker stopped (exit code ${code}).`)));
    threads.push(thread);
    return thread;
  };

  const run = <T>(task: PostTask): Promise<T> => {
    if (idleTimer) {
      clearTimeout(idleTimer);
      idleTimer = null;
    }
    const least = threads.reduce<Thread | null>((best, thread) => (!best || thread.pending.size < best.pending.size ? thread : best), null);
    const thread = !least || (least.pending.size > 0 && threads.length < size) ? spawn() : least;
    thread.worker.ref();
    return new Promise<T>((resolve, reject) => {
      thread.pending.set(task.id, { resolve: resolve as (value: never) => void, reject });
      thread.worker.postMessage(task);
    });
  };

  return {
    clean: (posts) => run({ id: (lastId += 1), kind: "clean", posts }),
    entries: (segments, language) => run({ id: (lastId += 1), kind: "entries", segments, language }),
    running: () => threads.length,
    warm: () => {
      while (threads.length < size) settled(spawn());
    },
    close: async () => {
      if (idleTimer) clearTimeout(idleTimer);
      idleTimer = null;
      await stopAll();
    },
  };
}
