import type { TestProject } from "vitest/node";
import { applyMigrations } from "../../lib/db/migrate";
import { createTestDatabase } from "./test-database";

declare module "vitest" {
  export interface ProvidedContext {
    databaseUrl: string;
    databaseKind: string;
  }
}

export default async function setup(project: TestProject) {
  const database = await createTestDatabase("it");
  await applyMigrations({ url: database.url });
  project.provide("databaseUrl", database.url);
  project.provide("databaseKind", database.kind);
  return database.drop;
}
