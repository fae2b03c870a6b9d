import type { TestProject } from "vitest/node";
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
  project.provide("baseUrl", app.baseUrl);
  project.provide("chromiumPath", chromiumPath);
  project.provide("databaseUrl", app.databaseUrl);
  return app.stop;
}
