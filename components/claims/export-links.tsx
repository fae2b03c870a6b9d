"use client";

import { useLocale, useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { LOCALE_TAGS } from "@/lib/i18n/locales";

type Progress = { format: string; bytes: number; claims: number | null; state: "running" | "done" | "cancelled" | "failed"; message?: string };

const EXPORTS = ["csv", "xlsx", "json", "claimreview", "report"] as const;

/**
 * The desk's export links. Without JavaScript each is a plain download; with it, the download
 * runs here, showing how much has arrived of how many claims, with a button to cancel it
 * (which stops the export on the server too).
 */
export function ExportLinks() {
  const t = useTranslations("desk.exports");
  const number = new Intl.NumberFormat(LOCALE_TAGS[useLocale()]);
  const megabytes = (bytes: number) => number.format(Number((bytes / 1e6).toFixed(1)));
  const [progress, setProgress] = useState<Progress | null>(null);
  const abort = useRef<AbortController | null>(null);

  async function download(event: React.MouseEvent<HTMLAnchorElement>, format: string) {
    event.preventDefault();
    if (abort.current) return;
    const controller = new AbortController();
    abort.current = controller;
    setProgress({ format, bytes: 0, claims: null, state: "running" });
    try {
      const response = await fetch(event.currentTarget.href, { signal: controller.signal });
      if (!response.ok || !response.body) throw new Error((await response.text()) || t("failedStatus", { status: response.status }));
      const claims = Number(response.headers.get("X-Claim-Count"));
      const name = /filename="([^"]+)"/.exec(response.headers.get("Content-Disposition") ?? "")?.[1] ?? `factlog-claims.${format}`;
      const parts: BlobPart[] = [];
      let bytes = 0;
      const reader = response.body.getReader();
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        parts.push(value);
        bytes += value.length;
        setProgress({ format, bytes, claims, state: "running" });
      }
      const url = URL.createObjectURL(new Blob(parts, { type: response.headers.get("Content-Type") ?? "application/octet-stream" }));
      const link = document.createElement("a");
      link.href = url;
      link.download = name;
      document.body.append(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      setProgress({ format, bytes, claims, state: "done" });
    } catch (error) {
      const cancelled = controller.signal.aborted;
      setProgress((current) => ({ format, bytes: current?.bytes ?? 0, claims: current?.claims ?? null, state: cancelled ? "cancelled" : "failed", message: cancelled ? undefined : (error as Error).message }));
    } finally {
      abort.current = null;
    }
  }

  return (
    <div className="mt-2 text-sm">
      <p className="flex flex-wrap gap-x-4" data-testid="desk-downloads">
        <span className="font-semibold">{t("title")}</span>
        {EXPORTS.map((format) => (
          <a key={format} href={`/api/desk/exports?format=${format}`} className="text-accent underline" download onClick={(event) => download(event, format)}>
            {t(`format.${format}`)}
          </a>
        ))}
      </p>
      <p aria-live="polite" className="mt-1 text-muted" data-testid="export-progress">
        {progress ? (
          <>
            {progress.state === "running" ? `${t("running", { known: progress.claims === null ? "no" : "yes", claims: progress.claims ?? 0, format: progress.format, megabytes: megabytes(progress.bytes) })} ` : null}
            {progress.state === "done" ? t("done", { claims: progress.claims ?? 0, megabytes: megabytes(progress.bytes) }) : null}
            {progress.state === "cancelled" ? t("cancelled") : null}
            {progress.state === "failed" ? t("failed", { message: progress.message ?? "" }) : null}
            {progress.state === "running" ? (
              <button type="button" className="ml-2 underline" onClick={() => abort.current?.abort()}>
                {t("cancel")}
              </button>
            ) : null}
          </>
        ) : null}
      </p>
    </div>
  );
}
