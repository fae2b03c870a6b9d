import { spawn, type ChildProcess, type StdioOptions } from "node:child_process";
import net from "node:net";
import path from "node:path";
import { ConfigError, type Env } from "../env";
import { waitForHttp } from "../cli/wait-for-http";

/**
 * The web processes `npm start` runs on one machine (issue 16, docs/scaling.md):
 *
 * - with a shared cache (REDIS_URL), the readers' Next.js processes (FACTLOG_READER_PROCESSES) and
 *   one desk process, so an editor's save never queues behind a flood of readers;
 * - without one (the embedded demo), a single Next.js process for both sides: two processes with
 *   caches of their own would show readers a verdict the desk had already corrected.
 *
 * Each listens on a free port of the loopback interface (named "localhost": Next.js takes a
 * middleware rewrite to another host name than its own for an external one); the front door (lib/server/front-door.ts), a process
 * of its own, takes the public port. FACTLOG_SERVE=readers or desk runs one side only.
 */
export const ROOT = path.resolve(import.meta.dirname, "../..");
export const NEXT_BIN = path.join(ROOT, "node_modules/next/dist/bin/next");
const TSX_CLI = path.join(ROOT, "node_modules/tsx/dist/cli.mjs");

// The Next.js processes keep an idle connection from the front door open longer than the front
// door keeps it (lib/server/front-door.ts, IDLE_SOCKET_MS): the front door always closes first, so
// it never sends a request on a connection the server is closing (ECONNRESET under load).
const UPSTREAM_KEEP_ALIVE_MS = 120_000;

/**
 * The Next.js processes' heap limit, unless NODE_OPTIONS sets one. V8 lets a heap of 2 GB or
 * more grow to four times what is alive between full collections, one below it about twice: a
 * CSV export of 100,000 claims took 290 MB above the process's start with the default limit
 * (4 GB on this machine), 161 MB with this one, in the same time (docs/benchmarks.md, session 15).
 * What a request keeps alive is far below it (the largest, a preview of a 190 MB channel export,
 * peaks at 111 MB of heap).
 */
export function webHeapFlags(nodeOptions: string | undefined): string[] {
  return /--max-old-space-size/.test(nodeOptions ?? "") ? [] : ["--max-old-space-size=2000"];
}

export type WebPlan = { readers: number; desk: boolean; shared: boolean };

export function webPlan(env: Pick<Env, "FACTLOG_SERVE" | "FACTLOG_READER_PROCESSES" | "REDIS_URL">): WebPlan {
  const shared = Boolean(env.REDIS_URL);
  if (env.FACTLOG_SERVE !== "all" && !shared) {
    throw new ConfigError(`Configuration error: FACTLOG_SERVE=${env.FACTLOG_SERVE} needs REDIS_URL, so that both sides share one page cache (a correction made at the desk must reach every reader).`);
  }
  if (!shared) return { readers: 1, desk: false, shared };
  return { readers: env.FACTLOG_SERVE === "desk" ? 0 : env.FACTLOG_READER_PROCESSES, desk: env.FACTLOG_SERVE !== "readers", shared };
}

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.once("error", reject);
    server.listen(0, "127.0.0.1", () => {
      const { port } = server.address() as net.AddressInfo;
      server.close(() => resolve(port));
    });
  });
}

/** The running processes (`commands`: each one's pid and command line, as started), when any exits, and a way to stop them all. */
export type WebProcesses = { exited: Promise<number>; stop: () => Promise<void>; commands: { pid: number; args: string[] }[] };

/** Starts the plan's Next.js processes and the front door on `port`; resolves once all answer. */
export async function startWebProcesses(options: { port: number; plan: WebPlan; env: NodeJS.ProcessEnv; quiet?: boolean }): Promise<WebProcesses> {
  const children: ChildProcess[] = [];
  // Without Redis, the one Next.js process tells the front door, through this process, of each
  // public change (lib/cache/public-change.cjs): the door's copies of pages it touches
  // (lib/server/door-cache.ts) go at once. With Redis, the door reads the changes there.
  const messages = !options.plan.shared;
  const stdio: StdioOptions = ["ignore", options.quiet ? "ignore" : "inherit", "inherit", ...(messages ? ["ipc" as const] : [])];
  let changed: { factlog: "public-change"; generation: number; shows: string } | null = null;
  let front: ChildProcess | null = null;
  const next = async (side: string) => {
    const port = await freePort();
    const child = spawn(process.execPath, [...webHeapFlags(options.env.NODE_OPTIONS), NEXT_BIN, "start", "--port", String(port), "--hostname", "localhost", "--keepAliveTimeout", String(UPSTREAM_KEEP_ALIVE_MS)], {
      cwd: ROOT,
      // Without FACTLOG_PUBLIC_URL the site's address is the front door's, not this process's own
      // port (next start sets PORT to it): canonical links, feeds and the API's URLs name the door.
      env: { ...options.env, FACTLOG_PUBLIC_URL: options.env.FACTLOG_PUBLIC_URL ?? `http://localhost:${options.port}`, FACTLOG_PROCESS_SIDE: side, FACTLOG_OWN_URL: `http://localhost:${port}` },
      stdio,
    });
    child.on("message", (message: typeof changed) => {
      if (message?.factlog !== "public-change") return;
      changed = message;
      if (front?.connected) front.send(message);
    });
    children.push(child);
    return { child, url: `http://127.0.0.1:${port}` };
  };
  const stop = async () => {
    await Promise.all(
      children.map((child) => {
        if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
        const exited = new Promise((resolve) => child.once("exit", resolve));
        child.kill("SIGTERM");
        return exited;
      }),
    );
  };
  try {
    const plan = options.plan;
    const readers = await Promise.all(Array.from({ length: plan.readers }, () => next(plan.desk ? "readers" : "all")));
    const desk = plan.desk ? await next("desk") : null;
    for (const server of [...readers, ...(desk ? [desk] : [])]) {
      await waitForHttp({ url: `${server.url}/api/health`, server: server.child, timeoutMs: 120_000 });
    }
    // Without a shared cache the one process serves the desk too.
    const deskUrl = desk?.url ?? (plan.shared ? null : readers[0].url);
    const frontArgs = ["--port", String(options.port), ...readers.flatMap((server) => ["--reader", server.url]), ...(deskUrl ? ["--desk", deskUrl] : [])];
    const door = spawn(process.execPath, [TSX_CLI, path.join(ROOT, "lib/cli/front-door.ts"), ...frontArgs], { cwd: ROOT, env: options.env, stdio });
    // The door asks once it listens for messages (one sent before then would be lost), and is told at each change.
    door.on("message", (message: { factlog?: string } | null) => {
      if (message?.factlog === "changes?") door.send(changed ?? { factlog: "public-change", generation: 0, shows: "*" });
    });
    front = door;
    children.push(door);
    await waitForHttp({ url: `http://127.0.0.1:${options.port}/api/health`, server: door, timeoutMs: 60_000 });
  } catch (error) {
    await stop();
    throw error;
  }
  // When any one of them stops, the whole site stops (a supervisor restarts it whole).
  const exited = Promise.race(children.map((child) => new Promise<number>((resolve) => child.once("exit", (code) => resolve(code ?? 1)))));
  return { exited, stop, commands: children.map((child) => ({ pid: child.pid!, args: child.spawnargs })) };
}
