// The desk's upload stored as it arrives (lib/sources/upload.ts, lib/sources/job-upload.ts):
// each file reaches the database in pieces, the jobs are made once the form is through, and a
// refused or broken upload leaves nothing behind.
import { createHash } from "node:crypto";
import { afterAll, beforeEach, describe, expect, it } from "vitest";
import { inEnglish } from "@/lib/errors";
import { MAX_SOURCE_BYTES } from "../../lib/sources/formats";
import { readUpload, storeUpload } from "../../lib/sources/upload";
import { resetData, testDb } from "../helpers/db";

const db = testDb();
const BOUNDARY = "----factlog-test-boundary";

type Part = { field: string; value: string } | { field: string; name: string; bytes: Uint8Array };

/** A multipart form's bytes, as a browser sends them. */
function multipart(parts: Part[]): Buffer {
  const pieces: Buffer[] = [];
  for (const part of parts) {
    const disposition = "name" in part ? `form-data; name="${part.field}"; filename="${part.name}"\r\nContent-Type: application/octet-stream` : `form-data; name="${part.field}"`;
    pieces.push(Buffer.from(`--${BOUNDARY}\r\nContent-Disposition: ${disposition}\r\n\r\n`), Buffer.from("name" in part ? part.bytes : Buffer.from(part.value)), Buffer.from("\r\n"));
  }
  pieces.push(Buffer.from(`--${BOUNDARY}--\r\n`));
  return Buffer.concat(pieces);
}

/** A request whose body arrives in chunks of 64 KB, as from a socket; `cut` stops it early, as a dropped connection does. */
function request(body: Buffer, cut = body.length): Request {
  let at = 0;
  const stream = new ReadableStream<Uint8Array>({
    pull(controller) {
      if (at >= cut) {
        if (cut < body.length) controller.error(new Error("the connection was closed"));
        else controller.close();
        return;
      }
      controller.enqueue(new Uint8Array(body.subarray(at, Math.min(at + 65_536, cut))));
      at += 65_536;
    },
  });
  return new Request("http://factlog.test/api/imports", { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` }, body: stream, duplex: "half" } as RequestInit);
}

const sha = (bytes: Uint8Array) => createHash("sha256").update(bytes).digest("hex");

/** Bytes of every value, not only text: a file in Windows-1251 or a Word file must come through as it is. */
function bytesOf(size: number, seed: number): Buffer {
  const bytes = Buffer.alloc(size);
  let state = seed;
  for (let index = 0; index < size; index += 1) bytes[index] = (state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) >>> 16 & 0xff;
  return bytes;
}

async function left() {
  const [jobs, pieces] = await Promise.all([db.importJob.count(), db.importPiece.count()]);
  return { jobs, pieces };
}

describe("an upload stored as it arrives", () => {
  beforeEach(() => resetData(db));
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });

  it("makes a queued job of each file, in order, byte for byte, and keeps no pieces", async () => {
    const exported = bytesOf(21 * 1024 * 1024 + 333, 7);
    const blog = Buffer.from("12:00 Жаңылык: 238 адам каза болду.\n", "utf8");
    const windows1251 = Buffer.from([0xcf, 0xf0, 0xe8, 0xe2, 0xe5, 0xf2, 0x0a]);
    const stored = await storeUpload(
      request(
        multipart([
          { field: "files", name: "result.json", bytes: exported },
          { field: "files", name: "", bytes: new Uint8Array(0) },
          { field: "files", name: "C:\\Users\\desk\\blog.txt", bytes: blog },
          { field: "files", name: "cp1251.txt", bytes: windows1251 },
          { field: "outlet", value: "  Orda.kz " },
          { field: "kind", value: "auto" },
          { field: "language", value: "auto" },
          { field: "publishedAt", value: "2022-01-05" },
          { field: "pasted", value: "Pasted text of a post." },
        ]),
      ),
      { db, actorId: null },
    );
    expect(stored.ok).toBe(true);
    if (!stored.ok) return;
    const jobs = await db.importJob.findMany({ where: { id: { in: stored.jobs } }, orderBy: { createdAt: "asc" } });
    expect(jobs.map((job) => job.id)).toEqual(stored.jobs);
    expect(jobs.map((job) => job.fileName)).toEqual(["result.json", "blog.txt", "cp1251.txt", "pasted.txt"]);
    expect(jobs.map((job) => sha(job.bytes))).toEqual([sha(exported), sha(blog), sha(windows1251), sha(Buffer.from("Pasted text of a post."))]);
    expect(jobs.every((job) => job.status === "QUEUED")).toBe(true);
    expect(jobs[0].options).toEqual({ outlet: "Orda.kz", kind: "auto", publishedAt: "2022-01-05" });
    expect(await db.importPiece.count()).toBe(0);
  });

  it("writes a file's first pieces while the rest of it is still on its way", async () => {
    const body = multipart([{ field: "files", name: "result.json", bytes: bytesOf(6 * 1024 * 1024, 11) }]);
    let sent = 0;
    let piecesSeen = 0;
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sent >= body.length) return controller.close();
        // Halfway through, the sender waits until pieces of what it sent are in the database.
        if (sent >= 3 * 1024 * 1024 && piecesSeen === 0) {
          for (let waited = 0; waited < 5_000 && piecesSeen === 0; waited += 20) {
            piecesSeen = await db.importPiece.count();
            if (piecesSeen === 0) await new Promise((resolve) => setTimeout(resolve, 20));
          }
          if (piecesSeen === 0) return controller.error(new Error("nothing was stored while the upload arrived"));
        }
        controller.enqueue(new Uint8Array(body.subarray(sent, sent + 65_536)));
        sent += 65_536;
      },
    });
    const stored = await storeUpload(new Request("http://factlog.test/api/imports", { method: "POST", headers: { "Content-Type": `multipart/form-data; boundary=${BOUNDARY}` }, body: stream, duplex: "half" } as RequestInit), { db, actorId: null });
    expect(piecesSeen).toBeGreaterThan(0);
    expect(stored.ok).toBe(true);
    expect(await left()).toEqual({ jobs: 1, pieces: 0 });
  });

  it("refuses a file past its size in words and keeps nothing, the files before it included", async () => {
    const stored = await storeUpload(
      request(
        multipart([
          { field: "files", name: "first.txt", bytes: Buffer.from("12:00 A first post.\n") },
          { field: "files", name: "blog.txt", bytes: Buffer.alloc(MAX_SOURCE_BYTES + 1, 0x61) },
          { field: "files", name: "after.txt", bytes: Buffer.from("12:00 A post after.\n") },
        ]),
      ),
      { db, actorId: null },
    );
    expect(stored.ok).toBe(false);
    if (stored.ok) return;
    expect(inEnglish(stored.message)).toBe("blog.txt is larger than 20 MB; split it into smaller files. A channel's Telegram Desktop export (result.json) can be up to 200 MB.");
    expect(inEnglish(stored.fieldErrors!.files)).toBe("Too large");
    expect(await left()).toEqual({ jobs: 0, pieces: 0 });
  });

  it("refuses options that do not check out, after the files came, and keeps nothing", async () => {
    const stored = await storeUpload(
      request(multipart([{ field: "files", name: "blog.txt", bytes: bytesOf(3 * 1024 * 1024, 3) }, { field: "publishedAt", value: "5 January" }])),
      { db, actorId: null },
    );
    expect(stored.ok).toBe(false);
    if (stored.ok) return;
    expect(inEnglish(stored.message)).toBe("Check the highlighted fields.");
    expect(Object.keys(stored.fieldErrors!)).toEqual(["publishedAt"]);
    expect(await left()).toEqual({ jobs: 0, pieces: 0 });
  });

  it("keeps nothing of an upload whose connection broke off, and says so in words", async () => {
    const body = multipart([{ field: "files", name: "first.txt", bytes: Buffer.from("12:00 A first post.\n") }, { field: "files", name: "result.json", bytes: bytesOf(5 * 1024 * 1024, 5) }]);
    const stored = await storeUpload(request(body, 4 * 1024 * 1024), { db, actorId: null });
    expect(stored.ok).toBe(false);
    if (stored.ok) return;
    expect(inEnglish(stored.message)).toMatch(/^The upload could not be read; try again/);
    expect(await left()).toEqual({ jobs: 0, pieces: 0 });
  });

  it("refuses a body that is not a form, an empty form and more than 20 files, in words", async () => {
    const notForm = await storeUpload(new Request("http://factlog.test/api/imports", { method: "POST", headers: { "Content-Type": "application/json" }, body: "{}" }), { db, actorId: null });
    expect(!notForm.ok && inEnglish(notForm.message)).toMatch(/^The upload could not be read/);
    const empty = await storeUpload(request(multipart([{ field: "files", name: "", bytes: new Uint8Array(0) }, { field: "kind", value: "auto" }])), { db, actorId: null });
    expect(!empty.ok && inEnglish(empty.message)).toBe("Choose at least one file or paste some text.");
    const many = await storeUpload(request(multipart(Array.from({ length: 21 }, (_, index) => ({ field: "files", name: `post-${index}.txt`, bytes: Buffer.from(`12:00 Post ${index}.\n`) })))), { db, actorId: null });
    expect(!many.ok && inEnglish(many.message)).toBe("Import at most 20 files at once.");
    expect(await left()).toEqual({ jobs: 0, pieces: 0 });
  });

  it("reads the same form into memory for a preview, by the same rules, storing nothing", async () => {
    const exported = bytesOf(2 * 1024 * 1024 + 5, 13);
    const read = await readUpload(request(multipart([{ field: "files", name: "result.json", bytes: exported }, { field: "kind", value: "telegram" }, { field: "pasted", value: " A pasted post. " }])));
    expect(read.ok && read.files.map((file) => [file.name, sha(file.bytes)])).toEqual([["result.json", sha(exported)], ["pasted.txt", sha(Buffer.from("A pasted post."))]]);
    expect(read.ok && read.options).toEqual({ kind: "telegram" });
    const tooMany = await readUpload(request(multipart([...Array.from({ length: 20 }, (_, index) => ({ field: "files", name: `post-${index}.txt`, bytes: Buffer.from("12:00 A post.\n") })), { field: "pasted", value: "One more." }])));
    expect(!tooMany.ok && inEnglish(tooMany.message)).toBe("Import at most 20 files at once.");
    const tooLarge = await readUpload(request(multipart([{ field: "files", name: "blog.txt", bytes: Buffer.alloc(MAX_SOURCE_BYTES + 1, 0x61) }])));
    expect(!tooLarge.ok && inEnglish(tooLarge.fieldErrors!.files)).toBe("Too large");
    expect(await left()).toEqual({ jobs: 0, pieces: 0 });
  });

  it("removes the pieces an upload left a day ago (a crash mid-upload) when the next one starts", async () => {
    await db.$executeRaw`INSERT INTO "ImportPiece" ("uploadId", "file", "at", "bytes", "createdAt") VALUES ('crashed', 0, 0, '\\x00'::bytea, now() - interval '25 hours'), ('arriving', 0, 0, '\\x00'::bytea, now())`;
    const stored = await storeUpload(request(multipart([{ field: "files", name: "blog.txt", bytes: Buffer.from("12:00 A post.\n") }])), { db, actorId: null });
    expect(stored.ok).toBe(true);
    expect((await db.importPiece.findMany({ select: { uploadId: true } })).map((piece) => piece.uploadId)).toEqual(["arriving"]);
  });
});
