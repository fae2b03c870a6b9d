import type { TestProject } from "vitest/node";
import { createDb } from "../../lib/db/client";
import { createImportQueue } from "../../lib/sources/import-jobs";
import { startWorkers } from "../../lib/workers";
import { ensureChromium } from "./chromium";
import { startSeededApp } from "./served-app";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
    chromiumPath: string;
    databaseUrl: string;
  }
}

export default async function setup(project: TestProject) {
  const chromiumPath = ensureChromium();
  // CI always builds from its clean checkout; locally an existing build is reused.
  const app = await startSeededApp({ label: "e2e", port: 3300 + Math.floor(Math.random() * 500), build: Boolean(process.env.CI) });
  // The workers (imports, webhook deliveries), as `npm start` runs them beside the web server.
  const workerDb = createDb(app.databaseUrl, { maxConnections: 2 });
  const queue = createImportQueue(app.databaseUrl);
  const stopSweeping = await startWorkers({ db: workerDb, boss: queue, ownOrigins: [new URL(app.baseUrl).origin] });
  project.provide("baseUrl", app.baseUrl);
  project.provide("chromiumPath", chromiumPath);
  project.provide("databaseUrl", app.databaseUrl);
  return async () => {
    stopSweeping();
    await queue.stop({ graceful: false, wait: true, timeout: 3_000 });
    await workerDb.$disconnect();
    await app.stop();
  };
}
