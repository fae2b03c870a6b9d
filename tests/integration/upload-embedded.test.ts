// The desk's upload on the embedded PostgreSQL (PGlite), which `npm run demo` runs: the pieces go
// over its socket as binary parameters, and the job is made from them in one short transaction.
// CI's main run uses the real PostgreSQL, so this test starts an embedded one of its own.
import { createHash } from "node:crypto";
import { mkdtemp, rm } from "node:fs/promises";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createDb, type Db } from "../../lib/db/client";
import { openEmbeddedDatabase, type EmbeddedDatabase } from "../../lib/db/embedded";
import { applyMigrations } from "../../lib/db/migrate";
import { storeUpload } from "../../lib/sources/upload";

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

describe("an upload on the embedded database", () => {
  let dir: string;
  let embedded: EmbeddedDatabase;
  let db: Db;

  beforeAll(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), "factlog-embedded-upload-"));
    embedded = await openEmbeddedDatabase({ dataDir: dir });
    await applyMigrations({ url: embedded.url });
    db = createDb(embedded.url, { maxConnections: 2 });
  }, 180_000);

  afterAll(async () => {
    await db?.$disconnect();
    await embedded?.stop();
    await rm(dir, { recursive: true, force: true });
  });

  it("stores a file of several pieces byte for byte and keeps no pieces", async () => {
    const bytes = Buffer.alloc(3 * 1024 * 1024 + 7);
    for (let index = 0; index < bytes.length; index += 1) bytes[index] = (index * 7919) & 0xff;
    const body = new FormData();
    body.append("files", new Blob([bytes]), "blog.txt");
    body.append("outlet", "Demo Kabar");
    const stored = await storeUpload(new Request("http://factlog.test/api/imports", { method: "POST", body }), { db, actorId: null });
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    const job = await db.importJob.findUniqueOrThrow({ where: { id: stored.jobs[0] } });
    expect([job.fileName, job.status, job.bytes.length, sha(job.bytes)]).toEqual(["blog.txt", "QUEUED", bytes.length, sha(bytes)]);
    expect(job.options).toEqual({ outlet: "Demo Kabar", kind: "auto" });
    expect(await db.importPiece.count()).toBe(0);
  });
});
