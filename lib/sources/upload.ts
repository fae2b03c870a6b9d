import { inDeskLanguage } from "../i18n/desk-locale";
import { said } from "../i18n/refusals";
import "server-only";
import { guardMutation } from "../auth/route-guards";
import type { UserWithRole } from "../auth/guards";
import { maxSourceBytes } from "./formats";
import { importOptionsSchema, type ImportOptions } from "./import-jobs";

export type UploadedFile = { name: string; bytes: Uint8Array };
export type UploadResult =
  | { ok: true; files: UploadedFile[]; options: ImportOptions }
  | { ok: false; message: string; fieldErrors?: Record<string, string> };

const MAX_FILES = 20;

function text(form: FormData, name: string): string | undefined {
  const value = form.get(name);
  return typeof value === "string" && value.trim() ? value.trim() : undefined;
}

/** Reads the import form: files and/or pasted text, and the options, validated with the shared schema. */
export async function readUpload(request: Request): Promise<UploadResult> {
  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return { ok: false, message: said("sources.uploadUnreadable") };
  }
  const files: UploadedFile[] = [];
  for (const item of form.getAll("files")) {
    if (typeof item === "string" || item.size === 0 && !item.name) continue;
    const max = maxSourceBytes(item.name);
    if (item.size > max) return { ok: false, message: said("sources.fileTooLarge", { name: item.name, megabytes: max / 1024 / 1024 }), fieldErrors: { files: said("sources.tooLargeShort") } };
    // Only the base name counts: a path sent as a file name is not trusted.
    files.push({ name: item.name.split(/[\\/]/).pop() || "upload.txt", bytes: new Uint8Array(await item.arrayBuffer()) });
  }
  const pasted = text(form, "pasted");
  if (pasted) files.push({ name: "pasted.txt", bytes: new TextEncoder().encode(pasted) });
  if (files.length === 0) return { ok: false, message: said("sources.nothingChosen"), fieldErrors: { files: said("sources.nothingChosenShort") } };
  if (files.length > MAX_FILES) return { ok: false, message: said("sources.tooManyFiles", { max: MAX_FILES }), fieldErrors: { files: said("sources.tooManyFilesShort") } };
  const parsed = importOptionsSchema.safeParse({
    outlet: text(form, "outlet"),
    kind: text(form, "kind") ?? "auto",
    language: text(form, "language") === "auto" ? undefined : text(form, "language"),
    publishedAt: text(form, "publishedAt"),
    url: text(form, "url"),
  });
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    return { ok: false, message: said("sources.checkFields"), fieldErrors };
  }
  return { ok: true, files, options: parsed.data };
}

/** An editor's upload, or the response that refuses it (wrong caller, or bad input). */
export async function readEditorUpload(request: Request): Promise<{ user: UserWithRole<"editor">; files: UploadedFile[]; options: ImportOptions } | Response> {
  const user = await guardMutation(request, "editor");
  if (user instanceof Response) return user;
  const upload = await readUpload(request);
  if (!upload.ok) {
    // Said in the desk user's language, each field's words too.
    const fieldErrors = upload.fieldErrors ? Object.fromEntries(await Promise.all(Object.entries(upload.fieldErrors).map(async ([field, words]) => [field, await inDeskLanguage(words)]))) : undefined;
    return Response.json({ ok: false, message: await inDeskLanguage(upload.message), fieldErrors }, { status: 400 });
  }
  return { user, files: upload.files, options: upload.options };
}
