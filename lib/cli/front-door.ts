import { parseArgs } from "node:util";
import { sharedRedisStore } from "../cache/redis-store.cjs";
import type { GenerationSource } from "../server/door-cache";
import { startFrontDoor } from "../server/front-door";
import { runCli, UsageError } from "./run";

// The front door's own process (started by lib/server/web-processes.ts): one port, the readers'
// and the desk's Next.js processes behind it, named on its command line.

/**
 * Where the door learns that the page cache emptied, so that its copies of pages go too
 * (lib/server/door-cache.ts): Redis's generation, as every instance reads it; without Redis, the
 * messages of the one Next.js process, relayed by the process that started both. Started any
 * other way, the door keeps no pages.
 */
function pageGenerations(): GenerationSource | null {
  const shared = sharedRedisStore();
  if (shared) return () => shared.generation();
  if (typeof process.send !== "function") return null;
  let generation: number | null = null;
  process.on("message", (message: { factlog?: string; generation?: number } | null) => {
    if (message?.factlog === "pages-flushed" && typeof message.generation === "number") generation = Math.max(generation ?? 0, message.generation);
  });
  process.send({ factlog: "generation?" });
  return () => generation;
}
runCli(async () => {
  const { values } = parseArgs({ options: { port: { type: "string" }, reader: { type: "string", multiple: true }, desk: { type: "string" } }, strict: true });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0) throw new UsageError("--port must be the port to listen on.");
  const readers = values.reader ?? [];
  const desk = values.desk ?? null;
  const server = await startFrontDoor({ port, readers, desk, generation: pageGenerations() });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
  await new Promise(() => {});
});
