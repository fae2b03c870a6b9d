"use client";

import Link from "next/link";
import { useEffect, useRef, useState } from "react";
import { HighlightedText } from "./highlighted-text";

type Figure = { field: string; text: string; value: number | null; hedge: string; unit: string | null; start: number; end: number };
type Preview =
  | {
      name: string;
      ok: true;
      source: { title: string; language: string; publishedAt: string | null; kind: string };
      entries: number;
      figures: number;
      dropped: { duplicates: number; noise: number };
      sample: { ordinal: number; postedAt: string | null; headline: string | null; text: string; language: string; figures: Figure[] }[];
    }
  | { name: string; ok: false; message: string };
type Job = { id: string; fileName: string; status: string; progress: number; stage: string | null; error: string | null; sourceId: string | null };

const KIND_OF: Record<string, string> = { LIVE_BLOG: "live-blog", ARTICLE: "article", SOCIAL_POST: "telegram" };
export function ImportForm() {
  const form = useRef<HTMLFormElement>(null);
  const [previews, setPreviews] = useState<Preview[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [kind, setKind] = useState("auto");
  const [language, setLanguage] = useState("auto");
  const [publishedAt, setPublishedAt] = useState("");

  async function send(url: string) {
    setPending(true);
    setMessage(null);
    setFieldErrors({});
    const response = await fetch(url, { method: "POST", body: new FormData(form.current!) }).catch(() => null);
    setPending(false);
    const body = response ? await response.json().catch(() => null) : null;
    if (!response || !body) {
      setMessage("The server could not be reached; nothing was imported. Try again.");
      return null;
    }
    if (!body.ok) {
      setMessage(body.message);
      setFieldErrors(body.fieldErrors ?? {});
      return null;
    }
    return body;
  }

  async function preview() {
    const body = await send("/api/imports/preview");
    if (!body) return;
    setPreviews(body.previews);
    const first = (body.previews as Preview[]).find((item) => item.ok);
    if (first && first.ok) {
      setKind(KIND_OF[first.source.kind] ?? "auto");
      setLanguage(first.source.language === "mixed" || first.source.language === "und" ? "auto" : first.source.language);
      setPublishedAt(first.source.publishedAt?.slice(0, 10) ?? "");
    }
  }

  async function startImport() {
    const body = await send("/api/imports");
    if (!body) return;
    setJobs((body.jobs as string[]).map((id) => ({ id, fileName: "", status: "QUEUED", progress: 0, stage: "Waiting in the queue", error: null, sourceId: null })));
  }

  const open = jobs.some((job) => job.status === "QUEUED" || job.status === "RUNNING");
  const ids = jobs.map((job) => job.id).join(",");
  useEffect(() => {
    if (!open) return;
    const timer = setInterval(async () => {
      const response = await fetch(`/api/imports?ids=${ids}`).catch(() => null);
      const body = response ? await response.json().catch(() => null) : null;
      if (body?.ok) setJobs(body.jobs);
    }, 500);
    return () => clearInterval(timer);
  }, [open, ids]);

  const error = (name: string) =>
    fieldErrors[name] ? (
      <p id={`${name}-error`} className="mt-1 text-sm text-red-700">
        {fieldErrors[name]}
      </p>
    ) : null;

  return (
    <form ref={form} onSubmit={(event) => event.preventDefault()} className="mt-6 space-y-4" noValidate>
      <div>
        <label htmlFor="files" className="block text-sm font-medium">
          Files (.txt, .md, .html, Telegram JSON)
        </label>
        <input id="files" name="files" type="file" multiple accept=".txt,.md,.markdown,.html,.htm,.json" aria-describedby="files-error" className="mt-1 block" />
        {error("files")}
      </div>
      <div>
        <label htmlFor="pasted" className="block text-sm font-medium">
          Or paste text
        </label>
        <textarea id="pasted" name="pasted" rows={5} className="mt-1 w-full rounded border border-gray-400 p-2" />
      </div>
      <div className="grid gap-4 sm:grid-cols-2">
        <div>
          <label htmlFor="outlet" className="block text-sm font-medium">Outlet</label>
          <input id="outlet" name="outlet" className="mt-1 w-full rounded border border-gray-400 px-2 py-1" aria-describedby="outlet-error" />
          {error("outlet")}
        </div>
        <div>
          <label htmlFor="url" className="block text-sm font-medium">Address (URL)</label>
          <input id="url" name="url" type="url" className="mt-1 w-full rounded border border-gray-400 px-2 py-1" aria-describedby="url-error" />
          {error("url")}
        </div>
        <div>
          <label htmlFor="kind" className="block text-sm font-medium">Kind</label>
          <select id="kind" name="kind" value={kind} onChange={(event) => setKind(event.target.value)} className="mt-1 w-full rounded border border-gray-400 px-2 py-1">
            <option value="auto">Detect</option>
            <option value="live-blog">Live blog</option>
            <option value="article">Article</option>
            <option value="telegram">Telegram / social post</option>
          </select>
        </div>
        <div>
          <label htmlFor="language" className="block text-sm font-medium">Language</label>
          <select id="language" name="language" value={language} onChange={(event) => setLanguage(event.target.value)} className="mt-1 w-full rounded border border-gray-400 px-2 py-1">
            <option value="auto">Detect per entry</option>
            <option value="ky">Kyrgyz</option>
            <option value="ru">Russian</option>
            <option value="en">English</option>
            <option value="kk">Kazakh</option>
          </select>
        </div>
        <div>
          <label htmlFor="publishedAt" className="block text-sm font-medium">Published on</label>
          <input id="publishedAt" name="publishedAt" type="date" value={publishedAt} onChange={(event) => setPublishedAt(event.target.value)} aria-describedby="publishedAt-error" className="mt-1 w-full rounded border border-gray-400 px-2 py-1" />
          {error("publishedAt")}
        </div>
      </div>
      <p role="alert" aria-live="polite" className="min-h-5 text-sm text-red-700">
        {message}
      </p>
      <div className="flex gap-3">
        <button type="button" onClick={preview} disabled={pending} className="rounded border border-gray-400 bg-white px-4 py-2 font-semibold">
          Preview
        </button>
        <button type="button" onClick={startImport} disabled={pending || !previews} className="rounded bg-accent px-4 py-2 font-semibold text-white disabled:opacity-50">
          Import
        </button>
      </div>

      {jobs.length > 0 ? (
        <section aria-labelledby="progress-heading" className="rounded border border-gray-200 bg-white p-3">
          <h2 id="progress-heading" className="font-semibold">Import progress</h2>
          <ul className="mt-2 space-y-2">
            {jobs.map((job) => (
              <li key={job.id} data-testid="import-job">
                <span className="text-sm">{job.fileName || "Queued file"}: {job.stage}</span>
                <progress max={100} value={job.progress} className="ml-2 align-middle" aria-label={`${job.fileName} progress`} />
                {job.error ? <p className="text-sm text-red-700">{job.error}</p> : null}
                {job.status === "DONE" && job.sourceId ? (
                  <Link href={`/desk/sources/${job.sourceId}`} className="ml-2 text-sm underline">
                    Open the source
                  </Link>
                ) : null}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {previews ? (
        <section aria-labelledby="preview-heading">
          <h2 id="preview-heading" className="text-lg font-semibold">Preview: nothing is saved yet</h2>
          {previews.map((item) =>
            item.ok ? (
              <div key={item.name} className="mt-3 rounded border border-gray-200 bg-white p-3" data-testid="preview">
                <h3 className="font-semibold">{item.source.title}</h3>
                <p className="text-sm text-muted">
                  {item.name}: {item.source.kind.replace("_", " ").toLowerCase()}, {item.source.language}, {item.source.publishedAt?.slice(0, 10) ?? "no date found"} ·{" "}
                  {item.entries} entries, {item.figures} figures · dropped {item.dropped.duplicates} repeats, {item.dropped.noise} furniture
                </p>
                <ol className="mt-2 space-y-1 text-sm">
                  {item.sample.map((entry) => (
                    <li key={entry.ordinal}>
                      <span className="mr-1 text-muted">{entry.postedAt ?? "—"}</span>
                      <span className="mr-1 rounded bg-gray-100 px-1 text-xs uppercase">{entry.language}</span>
                      {entry.headline ? <strong>{entry.headline}: </strong> : null}
                      <HighlightedText text={entry.text} figures={entry.figures.filter((figure) => figure.field === "text")} />
                    </li>
                  ))}
                </ol>
              </div>
            ) : (
              <p key={item.name} className="mt-3 rounded border border-red-200 bg-red-50 p-3 text-sm text-red-800" data-testid="preview-error">
                {item.message}
              </p>
            ),
          )}
        </section>
      ) : null}
    </form>
  );
}
