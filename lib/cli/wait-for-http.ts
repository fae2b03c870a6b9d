import type { ChildProcess } from "node:child_process";

/** Polls `url` until it answers 200, failing early if the server process exits. */
export async function waitForHttp(options: { url: string; server: ChildProcess; timeoutMs: number; intervalMs?: number }): Promise<void> {
  const deadline = Date.now() + options.timeoutMs;
  while (Date.now() < deadline) {
    if (options.server.exitCode !== null) throw new Error(`The server exited before ${options.url} answered.`);
    try {
      if ((await fetch(options.url)).status === 200) return;
    } catch {
      // Not listening yet.
    }
    await new Promise((resolve) => setTimeout(resolve, options.intervalMs ?? 100));
  }
  throw new Error(`${options.url} did not answer within ${options.timeoutMs / 1000} seconds.`);
}
