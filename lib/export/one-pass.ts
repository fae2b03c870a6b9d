import { createReadStream } from "node:fs";
import { mkdtemp, open, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";

/** One text an export writes from the claims: its opening, its part of each batch, its close. */
export type Part<Batch> = { head: string; rows: (batch: Batch) => string; tail?: string };

/** A part written out on its own: its opening, then its share of each batch, then its close. */
export async function* written<Batch>(batches: AsyncIterable<Batch>, part: Part<Batch>): AsyncGenerator<string> {
  yield part.head;
  for await (const batch of batches) yield part.rows(batch);
  if (part.tail) yield part.tail;
}

/**
 * Several parts written in one pass over the batches, so the claims are read once however many
 * files an archive holds (a spreadsheet's three sheets, the CSV pair): the first part is handed on
 * as it is made, the others are written to temporary files meanwhile and read back once the first
 * is through (a reader that asks for one sooner, as a ZIP writer queueing its entries does, waits
 * for the pass). `dispose` removes the files, whether or not the pass finished.
 */
export function onePass<Batch>(batches: AsyncIterable<Batch>, parts: Part<Batch>[]): { outputs: AsyncIterable<string | Buffer>[]; dispose: () => Promise<void> } {
  let dir: string | null = null;
  let pass!: { resolve: () => void; reject: (error: unknown) => void };
  const passed = new Promise<void>((resolve, reject) => (pass = { resolve, reject }));
  // Caught here so a pass that fails before anyone waits for it is not unhandled.
  passed.catch(() => undefined);
  const spooled = (index: number) => path.join(dir!, `part-${index}`);

  async function* first(): AsyncGenerator<string> {
    dir = await mkdtemp(path.join(tmpdir(), "factlog-export-"));
    const files = await Promise.all(parts.slice(1).map((_, index) => open(spooled(index + 1), "w")));
    const spool = (each: (part: Part<Batch>) => string | undefined) => Promise.all(files.map((file, index) => file.write(each(parts[index + 1]) ?? "")));
    try {
      await spool((part) => part.head);
      yield parts[0].head;
      for await (const batch of batches) {
        await spool((part) => part.rows(batch));
        yield parts[0].rows(batch);
      }
      await spool((part) => part.tail);
      if (parts[0].tail) yield parts[0].tail;
      pass.resolve();
    } catch (error) {
      pass.reject(error);
      throw error;
    } finally {
      await Promise.all(files.map((file) => file.close()));
    }
  }

  async function* later(index: number): AsyncGenerator<Buffer> {
    await passed;
    for await (const chunk of createReadStream(spooled(index))) yield chunk as Buffer;
  }

  return {
    outputs: parts.map((_, index) => (index === 0 ? first() : later(index))),
    dispose: async () => {
      pass.reject(new Error("The export stopped before its pass was through."));
      if (dir) await rm(dir, { recursive: true, force: true });
    },
  };
}
