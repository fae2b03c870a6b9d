import { Readable } from "node:stream";
import archiver from "archiver";

/**
 * A ZIP of text entries, streamed: each entry's chunks are compressed as they arrive (zlib's
 * streams, off the event loop) by archiver, and the archive's bytes are handed on as they come.
 */
export async function* zipEntries(entries: { name: string; chunks: AsyncIterable<string | Buffer> | Iterable<string> }[], now = new Date()): AsyncGenerator<Buffer> {
  const archive = archiver("zip", { zlib: { level: 6 } });
  // A failed entry (the database gone mid-export) fails the whole archive, never a truncated file.
  let failure: unknown = null;
  const fail = (error: unknown) => {
    failure ??= error;
    archive.destroy(error as Error);
  };
  archive.on("error", fail);
  for (const entry of entries) {
    const source = Readable.from(encode(entry.chunks));
    source.on("error", fail);
    archive.append(source, { name: entry.name, date: now });
  }
  const finished = archive.finalize().catch(fail);
  try {
    for await (const chunk of archive) yield chunk as Buffer;
  } catch (error) {
    throw failure ?? error;
  }
  await finished;
  if (failure) throw failure;
}

async function* encode(chunks: AsyncIterable<string | Buffer> | Iterable<string>): AsyncGenerator<Buffer> {
  for await (const chunk of chunks) if (chunk.length > 0) yield typeof chunk === "string" ? Buffer.from(chunk, "utf8") : chunk;
}
