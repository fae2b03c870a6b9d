import { said } from "../i18n/refusals";
import "server-only";
import type { Db } from "../db/client";
import { MAX_EXPORT_BYTES, MAX_SOURCE_BYTES, maxSourceBytes } from "./formats";
import { formParts, UnreadableForm } from "./form-parts";
import { importOptionsSchema, type ImportOptions } from "./import-jobs";
import { FileTooLarge, JobUpload } from "./job-upload";

export type UploadedFile = { name: string; bytes: Uint8Array };
export type UploadResult =
  | { ok: true; files: UploadedFile[]; options: ImportOptions }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

const MAX_FILES = 20;

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

export type Refusal = { ok: false; message: string; fieldErrors?: Record<string, string> };

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

/** Reads the import form whole (for its preview): files and/or pasted text, and the options. */
export async function readUpload(request: Request): Promise<UploadResult> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return refusals.unreadable();
  }
  const files: UploadedFile[] = [];
  for (const item of form.getAll("files")) {
    if (typeof item === "string" || item.size === 0 && !item.name) continue;
    const max = maxSourceBytes(item.name);
    if (item.size > max) return refusals.tooLarge(item.name, max);
    files.push({ name: baseName(item.name), bytes: new Uint8Array(await item.arrayBuffer()) });
  }
  const pasted = text(form, "pasted");
  if (pasted) files.push({ name: "pasted.txt", bytes: new TextEncoder().encode(pasted) });
  if (files.length === 0) return refusals.nothing();
  if (files.length > MAX_FILES) return refusals.tooMany();
  const options = readOptions((name) => text(form, name));
  return options.ok ? { ok: true, files, options: options.options } : options;
}

/**
 * Stores the import form's files as import jobs while the body arrives (lib/sources/job-upload.ts),
 * never holding a file whole: the jobs are made once the whole form has come and its options are
 * valid, or none is. A refused form is read to its end, so its sender hears why.
 */
export async function storeUpload(request: Request, options: { db: Db; actorId: string | null }): Promise<{ ok: true; jobs: string[] } | Refusal> {
  const upload = await JobUpload.start(options.db);
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
        continue;
      }
      if (upload.files === MAX_FILES) {
        refusal = refusals.tooMany();
        stream.resume();
        continue;
      }
      try {
        await upload.add(name, stream, maxSourceBytes(name));
      } catch (error) {
        if (!(error instanceof FileTooLarge)) throw error;
        refusal = refusals.tooLarge(name, error.max);
      }
    }
    const pasted = fields.get("pasted")?.trim();
    if (!refusal && pasted) await upload.add("pasted.txt", [new TextEncoder().encode(pasted)], MAX_SOURCE_BYTES);
    if (!refusal && upload.files === 0) refusal = refusals.nothing();
    const valid = readOptions((name) => fields.get(name)?.trim() || undefined);
    if (!refusal && !valid.ok) refusal = valid;
    if (refusal || !valid.ok) {
      await upload.abort();
      return refusal ?? refusals.unreadable();
    }
    return { ok: true, jobs: await upload.finish({ actorId: options.actorId, options: valid.options }) };
  } catch (error) {
    await upload.abort();
    if (error instanceof UnreadableForm) return refusals.unreadable();
    throw error;
  } finally {
    await upload.end();
  }
}
