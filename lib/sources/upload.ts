import { said } from "../i18n/refusals";
import "server-only";
import type { Db } from "../db/client";
import { MAX_EXPORT_BYTES, MAX_SOURCE_BYTES, maxSourceBytes } from "./formats";
import { formParts, UnreadableForm } from "./form-parts";
import { importOptionsSchema, type ImportOptions } from "./import-jobs";
import { FileTooLarge, JobUpload } from "./job-upload";

export type UploadedFile = { name: string; bytes: Uint8Array };
export type Refusal = { ok: false; message: string; fieldErrors?: Record<string, string> };
export type UploadResult = { ok: true; files: UploadedFile[]; options: ImportOptions } | Refusal;

const MAX_FILES = 20;

const refusals = {
  unreadable: (): Refusal => ({ ok: false, message: said("sources.uploadUnreadable") }),
  tooLarge: (name: string, max: number): Refusal => ({ ok: false, message: said("sources.fileTooLarge", { name, megabytes: max / 1024 / 1024 }), fieldErrors: { files: said("sources.tooLargeShort") } }),
  nothing: (): Refusal => ({ ok: false, message: said("sources.nothingChosen"), fieldErrors: { files: said("sources.nothingChosenShort") } }),
  tooMany: (): Refusal => ({ ok: false, message: said("sources.tooManyFiles", { max: MAX_FILES }), fieldErrors: { files: said("sources.tooManyFilesShort") } }),
};

/** Only the base name counts: a path sent as a file name is not trusted. */
const baseName = (name: string) => name.split(/[\\/]/).pop() || "upload.txt";

/** The form's options, validated with the shared schema. */
function readOptions(text: (name: string) => string | undefined): { ok: true; options: ImportOptions } | Refusal {
  const parsed = importOptionsSchema.safeParse({
    outlet: text("outlet"),
    kind: text("kind") ?? "auto",
    language: text("language") === "auto" ? undefined : text("language"),
    publishedAt: text("publishedAt"),
    url: text("url"),
  });
  if (parsed.success) return { ok: true, options: parsed.data };
  const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
  return { ok: false, message: said("sources.checkFields"), fieldErrors };
}

/** Where a form's files go as they arrive: the database (JobUpload), or memory (HeldFiles). */
type FileSink = Pick<JobUpload, "add" | "files">;

/** Files kept in memory, for a preview: each file is one buffer, made once it is whole. */
class HeldFiles implements FileSink {
  readonly held: UploadedFile[] = [];

  get files(): number {
    return this.held.length;
  }

  async add(name: string, chunks: AsyncIterable<Uint8Array> | Iterable<Uint8Array>, max: number): Promise<number> {
    const parts: Uint8Array[] = [];
    let size = 0;
    for await (const chunk of chunks) {
      size += chunk.length;
      if (size <= max) parts.push(chunk);
    }
    if (size > max) throw new FileTooLarge(name, max);
    this.held.push({ name, bytes: Buffer.concat(parts, size) });
    return size;
  }
}

/**
 * Reads the import form as it arrives, its files handed to `sink` one after another: files
 * and/or pasted text (at most MAX_FILES in all), and the options, validated with the shared
 * schema. A refused form is read to its end, so its sender hears why.
 */
async function readForm(request: Request, sink: FileSink): Promise<{ ok: true; options: ImportOptions } | Refusal> {
  const fields = new Map<string, string>();
  let refusal: Refusal | null = null;
  try {
    // Fields and files beyond these are not read; a field past its size (the pasted text) is refused.
    for await (const part of formParts(request, { fileSize: MAX_EXPORT_BYTES + 1, fieldSize: MAX_SOURCE_BYTES, fields: 50, files: MAX_FILES + 1 })) {
      if (!("file" in part)) {
        if (part.truncated) refusal ??= refusals.tooLarge(part.field === "pasted" ? "pasted.txt" : part.field, MAX_SOURCE_BYTES);
        else fields.set(part.field, part.value);
        continue;
      }
      const { stream } = part.file;
      const name = baseName(part.file.name);
      // An empty file input sends a part without a name.
      if (part.field !== "files" || !part.file.name || refusal) {
        stream.resume();
      } else if (sink.files === MAX_FILES) {
        refusal = refusals.tooMany();
        stream.resume();
      } else {
        await sink.add(name, stream, maxSourceBytes(name)).catch((error: unknown) => {
          if (!(error instanceof FileTooLarge)) throw error;
          refusal = refusals.tooLarge(name, error.max);
        });
      }
    }
  } catch (error) {
    if (error instanceof UnreadableForm) return refusals.unreadable();
    throw error;
  }
  if (refusal) return refusal;
  const pasted = fields.get("pasted")?.trim();
  if (pasted) {
    if (sink.files === MAX_FILES) return refusals.tooMany();
    await sink.add("pasted.txt", [new TextEncoder().encode(pasted)], MAX_SOURCE_BYTES);
  }
  if (sink.files === 0) return refusals.nothing();
  return readOptions((name) => fields.get(name)?.trim() || undefined);
}

/** Reads the import form into memory (for its preview): files and/or pasted text, and the options. */
export async function readUpload(request: Request): Promise<UploadResult> {
  const held = new HeldFiles();
  const form = await readForm(request, held);
  return form.ok ? { ok: true, files: held.held, options: form.options } : form;
}

/**
 * Stores the import form's files as import jobs while the body arrives (lib/sources/job-upload.ts),
 * never holding a file whole: the jobs are made once the whole form has come and its options are
 * valid, or none is.
 */
export async function storeUpload(request: Request, options: { db: Db; actorId: string | null }): Promise<{ ok: true; jobs: string[] } | Refusal> {
  return JobUpload.store(options.db, async (upload) => {
    const form = await readForm(request, upload);
    if (!form.ok) {
      await upload.abort();
      return form;
    }
    return { ok: true, jobs: await upload.finish({ actorId: options.actorId, options: form.options }) };
  });
}
