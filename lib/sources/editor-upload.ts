import "server-only";
import { guardMutation } from "../auth/route-guards";
import type { UserWithRole } from "../auth/guards";
import { getDb } from "../db/client";
import { inDeskLanguage } from "../i18n/desk-locale";
import type { ImportOptions } from "./import-jobs";
import { readUpload, storeUpload, type Refusal, type UploadedFile } from "./upload";

// The desk's upload routes: the caller checked, a refusal said in the desk user's language.

/** A refused upload's answer, said in the desk user's language, each field's words too. */
async function refused(refusal: Refusal): Promise<Response> {
  const fieldErrors = refusal.fieldErrors ? Object.fromEntries(await Promise.all(Object.entries(refusal.fieldErrors).map(async ([field, words]) => [field, await inDeskLanguage(words)]))) : undefined;
  return Response.json({ ok: false, message: await inDeskLanguage(refusal.message), fieldErrors }, { status: 400 });
}

/** An editor's upload read whole (for its preview), or the response that refuses it (wrong caller, or bad input). */
export async function readEditorUpload(request: Request): Promise<{ user: UserWithRole<"editor">; files: UploadedFile[]; options: ImportOptions } | Response> {
  const user = await guardMutation(request, "editor");
  if (user instanceof Response) return user;
  const upload = await readUpload(request);
  if (!upload.ok) return refused(upload);
  return { user, files: upload.files, options: upload.options };
}

/** An editor's upload stored as import jobs as it arrives (storeUpload), or the response that refuses it. */
export async function storeEditorUpload(request: Request): Promise<{ user: UserWithRole<"editor">; jobs: string[] } | Response> {
  const user = await guardMutation(request, "editor");
  if (user instanceof Response) return user;
  const stored = await storeUpload(request, { db: getDb(), actorId: user.id });
  if (!stored.ok) return refused(stored);
  return { user, jobs: stored.jobs };
}
