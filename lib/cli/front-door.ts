import { startFrontDoor } from "../server/front-door";
import { runCli, UsageError } from "./run";

// The front door's own process (started by lib/server/web-processes.ts): one port, the readers'
// and the desk's Next.js processes behind it.
runCli(async () => {
  const port = Number(process.env.FRONT_DOOR_PORT);
  if (!Number.isInteger(port) || port <= 0) throw new UsageError("FRONT_DOOR_PORT must be the port to listen on.");
  const readers = (process.env.FRONT_DOOR_READERS ?? "").split(",").filter(Boolean);
  const desk = process.env.FRONT_DOOR_DESK || null;
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
