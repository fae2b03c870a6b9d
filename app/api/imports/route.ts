import { inDeskLanguage } from "@/lib/i18n/desk-locale";
import { authFailure } from "@/lib/auth/route-guards";
import { AuthError, requireRole } from "@/lib/auth/guards";
import { sendJobs } from "@/lib/sources/import-jobs";
import { getImportQueue } from "@/lib/sources/queue";
import { findImportJobsByIds } from "@/lib/sources/queries";
import { storeEditorUpload } from "@/lib/sources/editor-upload";

export const dynamic = "force-dynamic";

/** Stores the files as import jobs while they arrive, and queues them; the worker does the rest. */
export async function POST(request: Request) {
  const upload = await storeEditorUpload(request);
  if (upload instanceof Response) return upload;
  const ids = await sendJobs(await getImportQueue(), upload.jobs);
  return Response.json({ ok: true, jobs: ids }, { status: 202 });
}

/** Progress of the caller's import jobs: GET /api/imports?ids=a,b */
export async function GET(request: Request) {
  try {
    const user = await requireRole("editor");
    const ids = (new URL(request.url).searchParams.get("ids") ?? "").split(",").filter(Boolean).slice(0, 50);
    const jobs = await findImportJobsByIds({ ids, actorId: user.id });
    // A failed job's reason, in the desk user's language; its stage is put in words by the page.
    return Response.json({ ok: true, jobs: await Promise.all(jobs.map(async (job) => ({ ...job, error: job.error ? await inDeskLanguage(job.error) : null }))) });
  } catch (error) {
    if (error instanceof AuthError) return authFailure(error);
    throw error;
  }
}
