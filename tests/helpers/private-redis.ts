import { spawn, type ChildProcess } from "node:child_process";
import { createConnection } from "node:net";

/**
 * A Redis server of the test's own (Debian's redis-server, keeping nothing on disk), on a free
 * port, which the test can stop and start again: the shared one on 6379 is never touched.
 */
export type PrivateRedis = { url: string; port: number; stop: () => Promise<void>; start: () => Promise<void> };

function answers(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = createConnection({ host: "127.0.0.1", port });
    socket.once("connect", () => {
      socket.write("PING\r\n");
      socket.once("data", (data) => {
        socket.destroy();
        resolve(data.toString().startsWith("+PONG"));
      });
    });
    socket.once("error", () => resolve(false));
  });
}

export async function startPrivateRedis(): Promise<PrivateRedis> {
  const port = 6400 + Math.floor(Math.random() * 2000);
  let server: ChildProcess | null = null;
  const start = async () => {
    server = spawn("redis-server", ["--port", String(port), "--bind", "127.0.0.1", "--save", "", "--appendonly", "no"], { stdio: "ignore" });
    server.once("error", () => undefined);
    for (let attempt = 0; attempt < 100 && !(await answers(port)); attempt += 1) await new Promise((resolve) => setTimeout(resolve, 50));
    if (!(await answers(port))) throw new Error(`redis-server did not start on port ${port}; is Debian's redis-server installed?`);
  };
  const stop = async () => {
    if (!server || server.exitCode !== null) return;
    const exited = new Promise((resolve) => server!.once("exit", resolve));
    server.kill("SIGKILL");
    await exited;
  };
  await start();
  return { url: `redis://127.0.0.1:${port}`, port, stop, start };
}
