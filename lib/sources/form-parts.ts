import { Readable } from "node:stream";
import type { ReadableStream as WebReadableStream } from "node:stream/web";
import Busboy, { type BusboyConfig } from "@fastify/busboy";

/** A part of a multipart form: a text field, or a file whose bytes are read from its stream. */
export type FormPart = { field: string; value: string; truncated: boolean } | { field: string; file: { name: string; stream: Readable } };

/** The body is not a multipart form, or broke off before its end. */
export class UnreadableForm extends Error {}

/**
 * A multipart form's parts in order, read as the request's body arrives (busboy), so a file is
 * never held whole: its bytes come from its stream. Read or resume each file's stream before
 * asking for the next part; the parser waits for it. A body that breaks off throws UnreadableForm,
 * from the part's stream or from here.
 */
export async function* formParts(request: Request, limits: BusboyConfig["limits"]): AsyncGenerator<FormPart> {
  const contentType = request.headers.get("content-type") ?? "";
  if (!request.body || !/^multipart\/form-data\b/i.test(contentType)) throw new UnreadableForm("The body is not a multipart form.");
  let parser: ReturnType<typeof Busboy>;
  try {
    parser = Busboy({ headers: { "content-type": contentType }, limits });
  } catch (error) {
    throw new UnreadableForm(error instanceof Error ? error.message : String(error));
  }
  const parts: FormPart[] = [];
  let finished = false;
  let failure: UnreadableForm | null = null;
  let current: Readable | null = null;
  let wake: (() => void) | null = null;
  const notify = () => {
    wake?.();
    wake = null;
  };
  const fail = (error: unknown) => {
    failure ??= new UnreadableForm(error instanceof Error ? error.message : String(error));
    current?.destroy(failure);
    notify();
  };
  parser.on("file", (field, stream, name) => {
    parts.push({ field, file: { name, stream } });
    notify();
  });
  parser.on("field", (field, value, _nameTruncated, truncated) => {
    parts.push({ field, value, truncated });
    notify();
  });
  parser.on("finish", () => {
    finished = true;
    notify();
  });
  parser.on("error", fail);
  const body = Readable.fromWeb(request.body as WebReadableStream<Uint8Array>);
  body.on("error", fail);
  body.pipe(parser);
  try {
    for (;;) {
      const part = parts.shift();
      if (part) {
        if ("file" in part) current = part.file.stream;
        yield part;
        continue;
      }
      if (failure) throw failure;
      if (finished) return;
      await new Promise<void>((resolve) => (wake = resolve));
    }
  } finally {
    if (!finished) body.destroy();
  }
}
