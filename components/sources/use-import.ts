"use client";

import { useTranslations } from "next-intl";
import { useEffect, useState } from "react";
import { storedStage } from "@/lib/sources/import-stage";

type Figure = { field: string; text: string; value: number | null; hedge: string; unit: string | null; start: number; end: number };
export type Preview =
  | {
      name: string;
      ok: true;
      source: { title: string; language: string; publishedAt: string | null; kind: string };
      entries: number;
      figures: number;
      dropped: { duplicates: number; noise: number };
      sample: { ordinal: number; postedAt: string | null; day: string | null; forwardedFrom: string | null; headline: string | null; text: string; language: string; figures: Figure[] }[];
    }
  | { name: string; ok: false; message: string };
export type Job = { id: string; fileName: string; status: string; progress: number; stage: string | null; error: string | null; sourceId: string | null };

/** What the import routes answer. */
type Answer = { ok: boolean; message?: string; fieldErrors?: Record<string, string>; previews?: Preview[]; jobs?: string[] };

const KIND_OF: Record<string, string> = { LIVE_BLOG: "live-blog", ARTICLE: "article", SOCIAL_POST: "telegram" };

/**
 * The import form's state: send the form for a preview (nothing saved) or an import, keep the
 * preview's kind, language and date as the editor's starting choices, and follow each queued
 * file's job until it is done.
 */
export function useImport(form: React.RefObject<HTMLFormElement | null>) {
  const t = useTranslations("desk.import");
  const [previews, setPreviews] = useState<Preview[] | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [fieldErrors, setFieldErrors] = useState<Record<string, string>>({});
  const [pending, setPending] = useState(false);
  // How much of the form has gone to the server while it is sent (a 200 MB export takes a while).
  const [sent, setSent] = useState<{ loaded: number; total: number } | null>(null);
  const [jobs, setJobs] = useState<Job[]>([]);
  const [choices, setChoices] = useState({ kind: "auto", language: "auto", publishedAt: "" });

  /**
   * Posts the form, reporting how much of it has gone (XMLHttpRequest: fetch says nothing of an
   * upload's progress); its answer as JSON, or null if none came or it was not JSON.
   */
  function post(url: string): Promise<Answer | null> {
    return new Promise((resolve) => {
      const request = new XMLHttpRequest();
      request.open("POST", url);
      request.responseType = "json";
      request.upload.onprogress = (event) => {
        if (event.lengthComputable) setSent({ loaded: event.loaded, total: event.total });
      };
      request.onload = () => resolve(request.response);
      request.onerror = () => resolve(null);
      request.onabort = () => resolve(null);
      request.send(new FormData(form.current!));
    });
  }

  async function send(url: string) {
    setPending(true);
    setSent(null);
    setMessage(null);
    setFieldErrors({});
    const body = await post(url);
    setPending(false);
    if (!body) {
      setMessage(t("unreachable"));
      return null;
    }
    if (!body.ok) {
      setMessage(body.message ?? t("unreachable"));
      setFieldErrors(body.fieldErrors ?? {});
      return null;
    }
    return body;
  }

  async function preview() {
    const body = await send("/api/imports/preview");
    if (!body) return;
    const previews = body.previews ?? [];
    setPreviews(previews);
    const first = previews.find((item) => item.ok);
    if (first && first.ok) {
      setChoices({
        kind: KIND_OF[first.source.kind] ?? "auto",
        language: first.source.language === "mixed" || first.source.language === "und" ? "auto" : first.source.language,
        publishedAt: first.source.publishedAt?.slice(0, 10) ?? "",
      });
    }
  }

  async function startImport() {
    const body = await send("/api/imports");
    if (!body) return;
    setJobs((body.jobs ?? []).map((id) => ({ id, fileName: "", status: "QUEUED", progress: 0, stage: storedStage({ key: "queued" }), error: null, sourceId: null })));
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

  const choose = (name: keyof typeof choices, value: string) => setChoices((previous) => ({ ...previous, [name]: value }));
  return { previews, message, fieldErrors, pending, sent, jobs, choices, choose, preview, startImport };
}
