// Exports on the embedded PostgreSQL (PGlite), which runs one transaction at a time for every
// connection: there an export reads a batch at a time without holding a snapshot, so the rest of
// the app is served while it runs. CI's main run uses the real PostgreSQL, so this test starts an
// embedded one of its own.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import Ajv2020 from "ajv/dist/2020.js";
import addFormats from "ajv-formats";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { openEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { readExportClaims } from "../../lib/export/claims";
import { exportChunks } from "../../lib/export/run-export";
import { seedDemo } from "../../prisma/demo/seed-demo";

const interop = <T,>(module: T): T => (module as T & { default?: T }).default ?? module;

describe("exports on the embedded database", () => {
  let dir: string;
  let embedded: EmbeddedDatabase;
  let db: Db;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "factlog-embedded-export-"));
    embedded = await openEmbeddedDatabase({ dataDir: dir });
    await applyMigrations({ url: embedded.url });
    db = createDb(embedded.url, { maxConnections: 2 });
    await seedDemo({ db });
  }, 180_000);

  afterAll(async () => {
    await db?.$disconnect();
    await embedded?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("reads every claim a batch at a time while the app's other queries go on being answered", async () => {
    const slugs: string[] = [];
    let answeredBetween = 0;
    for await (const batch of readExportClaims({ db, filter: {}, batchSize: 2 })) {
      slugs.push(...batch.map((claim) => claim.slug));
      // A snapshot held across batches would keep this waiting until the export ended.
      const count = await Promise.race([db.claim.count(), new Promise<never>((_, reject) => setTimeout(() => reject(new Error("a query waited on the export")), 10_000))]);
      if (count > 0) answeredBetween += 1;
    }
    const all = await db.claim.findMany({ select: { slug: true } });
    expect(slugs.sort()).toEqual(all.map((claim) => claim.slug).sort());
    expect(answeredBetween).toBeGreaterThan(1);
  });

  it("writes JSON that validates against the export's schema, and a CSV archive", async () => {
    const parts: Buffer[] = [];
    for await (const chunk of exportChunks({ db, format: "json", filter: {} })) parts.push(typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk);
    const document = JSON.parse(Buffer.concat(parts).toString("utf8")) as { claims: { evidence: unknown[] }[] };
    const schema = JSON.parse(await readFile(path.resolve(import.meta.dirname, "../../lib/export/claims-export.schema.json"), "utf8"));
    const ajv = new (interop(Ajv2020))({ strict: false, allErrors: true });
    interop(addFormats)(ajv);
    const validate = ajv.compile(schema);
    if (!validate(document)) throw new Error(ajv.errorsText(validate.errors));
    expect(document.claims.reduce((sum, claim) => sum + claim.evidence.length, 0)).toBe(await db.evidenceLink.count());
    const zip: Buffer[] = [];
    for await (const chunk of exportChunks({ db, format: "csv", filter: {} })) zip.push(chunk as Buffer);
    expect(Buffer.concat(zip).subarray(0, 2).toString("latin1")).toBe("PK");
  });
});
