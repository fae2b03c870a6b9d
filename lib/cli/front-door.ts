import { parseArgs } from "node:util";
import { ChangeLog, parseChange } from "../cache/generation.cjs";
import { sharedRedisStore } from "../cache/redis-store.cjs";
import type { ChangesSource } from "../server/door-cache";
import { startFrontDoor } from "../server/front-door";
import { runCli, UsageError } from "./run";

// The front door's own process (started by lib/server/web-processes.ts): one port, the readers'
// and the desk's Next.js processes behind it, named on its command line.

/**
 * Where the door learns of public changes, so that its copies of answers they touch go too
 * (lib/server/door-cache.ts): Redis's log, as every instance reads it; without Redis, the messages
 * of the one Next.js process at each change, relayed by the process that started both. Started any
 * other way, the door keeps no pages.
 */
function publicChanges(): ChangesSource | null {
  const shared = sharedRedisStore();
  if (shared) return () => shared.changes();
  if (typeof process.send !== "function") return null;
  let changes: ChangeLog | null = null;
  process.on("message", (message: { factlog?: string; generation?: number; shows?: string } | null) => {
    if (message?.factlog !== "public-change" || typeof message.generation !== "number") return;
    // The first message tells where the log stands; a change the door missed counts as one to anything (ChangeLog).
    if (changes === null) changes = new ChangeLog(message.generation);
    else {
      const change = parseChange(message.shows);
      changes.record(message.generation, change.shows, change.added);
    }
  });
  process.send({ factlog: "changes?" });
  return () => changes;
}
runCli(async () => {
  const { values } = parseArgs({ options: { port: { type: "string" }, reader: { type: "string", multiple: true }, desk: { type: "string" } }, strict: true });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0) throw new UsageError("--port must be the port to listen on.");
  const readers = values.reader ?? [];
  const desk = values.desk ?? null;
  const server = await startFrontDoor({ port, readers, desk, changes: publicChanges() });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
  await new Promise(() => {});
});
