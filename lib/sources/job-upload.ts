import { randomUUID } from "node:crypto";
import type pg from "pg";
import { openConnection, type Db } from "../db/client";
import { storedStage } from "./import-stage";

/** A file is stored in pieces of this size as it arrives. */
const PIECE = 1024 * 1024;

/** A file past its limit: the rest of it was read and dropped, and nothing of it is kept. */
export class FileTooLarge extends Error {
  constructor(
    readonly name: string,
    readonly max: number,
  ) {
    super(`${name} is larger than ${max} bytes.`);
  }
}

/**
 * Import jobs stored while their files arrive. Each file goes to the database a piece at a time
 * as it comes (ImportPiece), so no file is ever held whole in memory: read whole, a 150 MB
 * channel export took over 600 MB of the web process. The jobs are made from the pieces at the end, in
 * one short transaction, so an upload lands whole or not at all. No transaction is held while
 * the bytes arrive (the embedded database runs one at a time for every connection); the pieces of
 * an upload that stopped are removed by `abort`, or after a crash by an upload a day later. An
 * upload writes on a connection of its own (`store` opens and closes it), where node-postgres
 * sends the bytes as they are (the ORM took 2.2 times as long and six times the memory for the
 * same pieces).
 */
export class JobUpload {
  private readonly id = randomUUID();
  private readonly names: string[] = [];

  private constructor(private readonly client: pg.Client) {}

  /**
   * Runs `work` on a new upload and closes its connection afterwards; if `work` throws, what it
   * stored is removed (best effort: what is left goes a day later).
   */
  static async store<T>(db: Db, work: (upload: JobUpload) => Promise<T>): Promise<T> {
    const client = await openConnection(db, "factlog upload");
    try {
      await client.query(`DELETE FROM "ImportPiece" WHERE "createdAt" < now() - interval '1 day'`);
      const upload = new JobUpload(client);
      try {
        return await work(upload);
      } catch (error) {
        await upload.abort().catch(() => undefined);
        throw error;
      }
    } finally {
      await client.end();
    }
  }

  /**
   * Stores a file's bytes as they come, in order; returns its size. Past `max` bytes it reads the
   * rest without keeping it (so the sender hears why, rather than a closed connection), removes
   * what it kept and throws FileTooLarge.
   */
  async add(name: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, max: number): Promise<number> {
    const file = this.names.push(name) - 1;
    let held: Uint8Array[] = [];
    let heldBytes = 0;
    let at = 0;
    let size = 0;
    const write = async () => {
      const bytes = Buffer.concat(held, heldBytes);
      held = [];
      heldBytes = 0;
      await this.client.query(`INSERT INTO "ImportPiece" ("uploadId", "file", "at", "bytes") VALUES ($1, $2, $3, $4)`, [this.id, file, at, bytes]);
      at += 1;
    };
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size > max) continue;
      for (let start = 0; start < chunk.length; ) {
        const part = chunk.subarray(start, start + PIECE - heldBytes);
        held.push(part);
        heldBytes += part.length;
        start += part.length;
        if (heldBytes === PIECE) await write();
      }
    }
    if (size > max) {
      await this.client.query(`DELETE FROM "ImportPiece" WHERE "uploadId" = $1 AND "file" = $2`, [this.id, file]);
      this.names.pop();
      throw new FileTooLarge(name, max);
    }
    // A file's last piece, even an empty one: an empty file is a job too (it fails in words).
    if (heldBytes > 0 || at === 0) await write();
    return size;
  }

  /** How many files are stored. */
  get files(): number {
    return this.names.length;
  }

  /** Makes a queued import job of each file, in the order they came, and removes the pieces; returns the jobs' ids. */
  async finish(options: { actorId: string | null; options: object }): Promise<string[]> {
    const ids = this.names.map(() => randomUUID());
    if (ids.length === 0) return ids;
    await this.client.query("BEGIN");
    try {
      await this.client.query(
        `INSERT INTO "ImportJob" ("id", "fileName", "bytes", "options", "createdById", "stage", "createdAt")
         SELECT job."id", job."fileName",
                (SELECT string_agg(p."bytes", ''::bytea ORDER BY p."at") FROM "ImportPiece" p WHERE p."uploadId" = $1 AND p."file" = job."file" - 1),
                $4::jsonb, $5, $6,
                -- A millisecond apart, so a list of jobs by time keeps the files' order.
                now() + (job."file" - 1) * interval '1 millisecond'
           FROM unnest($2::text[], $3::text[]) WITH ORDINALITY AS job("id", "fileName", "file")`,
        [this.id, ids, this.names, JSON.stringify(options.options), options.actorId, storedStage({ key: "queued" })],
      );
      await this.client.query(`DELETE FROM "ImportPiece" WHERE "uploadId" = $1`, [this.id]);
      await this.client.query("COMMIT");
    } catch (error) {
      await this.client.query("ROLLBACK");
      throw error;
    }
    return ids;
  }

  /** Removes every piece stored so far. */
  async abort(): Promise<void> {
    await this.client.query(`DELETE FROM "ImportPiece" WHERE "uploadId" = $1`, [this.id]);
  }
}
