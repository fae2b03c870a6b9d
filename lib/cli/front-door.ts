import { parseArgs } from "node:util";
import { startFrontDoor } from "../server/front-door";
import { runCli, UsageError } from "./run";

// The front door's own process (started by lib/server/web-processes.ts): one port, the readers'
// and the desk's Next.js processes behind it, named on its command line.
runCli(async () => {
  const { values } = parseArgs({ options: { port: { type: "string" }, reader: { type: "string", multiple: true }, desk: { type: "string" } }, strict: true });
  const port = Number(values.port);
  if (!Number.isInteger(port) || port <= 0) throw new UsageError("--port must be the port to listen on.");
  const readers = values.reader ?? [];
  const desk = values.desk ?? null;
  const server = await startFrontDoor({ port, readers, desk });
  for (const signal of ["SIGINT", "SIGTERM"] as const) {
    process.once(signal, () => {
      server.close();
      server.closeAllConnections();
      process.exit(0);
    });
  }
  await new Promise(() => {});
});
