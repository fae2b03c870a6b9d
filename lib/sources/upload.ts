import "server-only";
import { guardMutation } from "../auth/route-guards";
import type { UserWithRole } from "../auth/guards";
import { MAX_SOURCE_BYTES } from "./formats";
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
    return { ok: false, message: "The upload could not be read; try again, with files of at most 20 MB." };
  }
  const files: UploadedFile[] = [];
  for (const item of form.getAll("files")) {
    if (typeof item === "string" || item.size === 0 && !item.name) continue;
    if (item.size > MAX_SOURCE_BYTES) return { ok: false, message: `${item.name} is larger than 20 MB; split it into smaller files.`, fieldErrors: { files: "Too large" } };
    // Only the base name counts: a path sent as a file name is not trusted.
    files.push({ name: item.name.split(/[\\/]/).pop() || "upload.txt", bytes: new Uint8Array(await item.arrayBuffer()) });
  }
  const pasted = text(form, "pasted");
  if (pasted) files.push({ name: "pasted.txt", bytes: new TextEncoder().encode(pasted) });
  if (files.length === 0) return { ok: false, message: "Choose at least one file or paste some text.", fieldErrors: { files: "Choose a file or paste text." } };
  if (files.length > MAX_FILES) return { ok: false, message: `Import at most ${MAX_FILES} files at once.`, fieldErrors: { files: "Too many files" } };
  const parsed = importOptionsSchema.safeParse({
    outlet: text(form, "outlet"),
    kind: text(form, "kind") ?? "auto",
    language: text(form, "language") === "auto" ? undefined : text(form, "language"),
    publishedAt: text(form, "publishedAt"),
    url: text(form, "url"),
  });
  if (!parsed.success) {
    const fieldErrors = Object.fromEntries(parsed.error.issues.map((issue) => [String(issue.path[0]), issue.message]));
    return { ok: false, message: "Check the highlighted fields.", fieldErrors };
  }
  return { ok: true, files, options: parsed.data };
}

/** An editor's upload, or the response that refuses it (wrong caller, or bad input). */
export async function readEditorUpload(request: Request): Promise<{ user: UserWithRole<"editor">; files: UploadedFile[]; options: ImportOptions } | Response> {
  const user = await guardMutation(request, "editor");
  if (user instanceof Response) return user;
  const upload = await readUpload(request);
  if (!upload.ok) return Response.json(upload, { status: 400 });
  return { user, files: upload.files, options: upload.options };
}
