import { to as copyTo } from "pg-copy-streams";
import { openConnection, type Db } from "../db/client";

/** Files up to this size come through the ORM with the job; larger ones by COPY, in PostgreSQL's binary form. */
const SMALL_FILE = 4 * 1024 * 1024;

/**
 * A job's file. Through the ORM a file comes as text twice its size, which took 10 s for a
 * 150 MB channel export; so a large file is copied out in binary form on a connection of its own
 * (a connection per small file would cost more than the file). Not as a query's binary result:
 * node-postgres decodes every value it reads as UTF-8 text, which turns any byte that is not
 * UTF-8 (a Word file, a text in Windows-1251) into U+FFFD. `onSize` hears the file's size before
 * it is read (the import starts its parse workers meanwhile).
 */
export async function jobFile(db: Db, id: string, onSize: (size: number) => void): Promise<Uint8Array> {
  const [job] = await db.$queryRaw<{ bytes: Uint8Array | null; size: number }[]>`
    SELECT CASE WHEN octet_length("bytes") <= ${SMALL_FILE} THEN "bytes" END AS "bytes", octet_length("bytes")::int AS "size" FROM "ImportJob" WHERE "id" = ${id}`;
  onSize(job.size);
  if (job.bytes) return job.bytes;
  const client = await openConnection(db, "factlog import");
  try {
    const copy = client.query(copyTo(`COPY (SELECT "bytes" FROM "ImportJob" WHERE "id" = ${client.escapeLiteral(id)}) TO STDOUT (FORMAT binary)`));
    // Written into one buffer as it comes: the file, and the few bytes COPY's binary form puts around it.
    let out = Buffer.allocUnsafe(job.size + COPY_FRAME);
    let length = 0;
    for await (const chunk of copy as AsyncIterable<Buffer>) {
      if (length + chunk.length > out.length) out = Buffer.concat([out.subarray(0, length)], (length + chunk.length) * 2);
      chunk.copy(out, length);
      length += chunk.length;
    }
    return copiedValue(out.subarray(0, length));
  } finally {
    await client.end();
  }
}

// COPY's binary form: a signature, flags and a header extension, then per row its number of
// fields and each field's length and bytes, then -1 (postgresql.org/docs/current/sql-copy.html).
const COPY_SIGNATURE = Buffer.from("PGCOPY\n\xff\r\n\0", "latin1");
const COPY_FRAME = COPY_SIGNATURE.length + 4 + 4 + 2 + 4 + 2;

/** The one value of the one row of a binary COPY. */
function copiedValue(copied: Buffer): Buffer {
  if (!copied.subarray(0, COPY_SIGNATURE.length).equals(COPY_SIGNATURE)) throw new Error("COPY did not answer in its binary form.");
  let at = COPY_SIGNATURE.length + 4;
  at += 4 + copied.readUInt32BE(at);
  const fields = copied.readInt16BE(at);
  const length = copied.readInt32BE(at + 2);
  if (fields !== 1 || length < 0 || at + 6 + length > copied.length) throw new Error("The job's file did not come whole from the database.");
  return copied.subarray(at + 6, at + 6 + length);
}
