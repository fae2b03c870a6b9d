"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { dismissCandidateAction } from "@/lib/candidates/actions";
import type { QueuedCandidate } from "@/lib/candidates/queries";
import { wordFor } from "@/lib/i18n/words";
import { buttonClass, inputClass, secondaryButtonClass } from "../ui/field";
import { KeyboardShortcuts } from "../ui/keyboard-shortcuts";

/** A queued candidate as the queue shows it: its speaker known, or proposed as new; its quantity's name. */
export type QueueItem = Omit<QueuedCandidate, "speakerText" | "speakerName" | "quantityLabel"> & {
  speaker: string | null;
  newSpeaker: string | null;
  quantity: string | null;
};

/**
 * The "To check" queue: each candidate in its entry with its words marked. j/k move, c makes a
 * claim of the selected one (the claim form, its quote anchored to those words), x dismisses it
 * with a reason; a dismissed candidate stays dismissed.
 */
export function CandidateQueue({ items }: { items: QueueItem[] }) {
  const router = useRouter();
  const t = useTranslations("desk.candidates");
  const [selected, setSelected] = useState(0);
  const [dismissing, setDismissing] = useState<string | null>(null);
  const [reason, setReason] = useState("");
  const [message, setMessage] = useState<string | null>(null);
  const move = (by: number) => {
    const next = Math.min(items.length - 1, Math.max(0, selected + by));
    setSelected(next);
    document.getElementById(`candidate-${items[next]?.id}`)?.focus();
  };
  async function dismiss(id: string) {
    const result = await dismissCandidateAction({ candidateId: id, reason });
    if (!result.ok) return setMessage(result.message);
    setMessage(t("dismissed"));
    setDismissing(null);
    setReason("");
    router.refresh();
  }
  if (items.length === 0) return <p className="mt-4 text-sm text-muted" data-testid="queue-empty">{t("empty")}</p>;
  return (
    <div className="mt-4">
      <KeyboardShortcuts help={[["j", t("keys.next")], ["k", t("keys.previous")], ["c", t("keys.claim")], ["x", t("keys.dismiss")]]} />
      <button type="button" className="sr-only" data-shortcut="j" onClick={() => move(1)}>{t("next")}</button>
      <button type="button" className="sr-only" data-shortcut="k" onClick={() => move(-1)}>{t("previous")}</button>
      <ol className="mt-2 space-y-3" data-testid="candidate-queue">
        {items.map((item, index) => {
          const active = index === selected;
          return (
            <li
              key={item.id}
              id={`candidate-${item.id}`}
              tabIndex={-1}
              aria-current={active || undefined}
              onFocus={() => setSelected(index)}
              className={`rounded border bg-white p-3 text-sm ${active ? "border-accent ring-2 ring-accent" : "border-gray-200"}`}
              data-testid="candidate"
            >
              <p className="flex flex-wrap gap-2 text-xs text-muted">
                <span className="rounded bg-blue-50 px-1.5 py-0.5 font-semibold text-blue-900">{t("scoreShort", { score: item.score.toFixed(2) })}</span>
                {item.reasons.map((code) => (
                  <span key={code} className="rounded bg-gray-100 px-1.5 py-0.5">{wordFor(t, `reason.${code}`, code)}</span>
                ))}
                {item.speaker ? <span>{t("speaker", { name: item.speaker })}</span> : null}
                {item.newSpeaker ? <span data-testid="new-speaker">{t("newSpeaker", { name: item.newSpeaker })}</span> : null}
                {item.quantity ? <span>{t("quantity", { name: item.quantity })}</span> : null}
                <a className="underline" href={`/desk/entries/${item.entryId}`}>{item.sourceTitle}{item.postedAt ? ` · ${item.postedAt}` : ""}</a>
              </p>
              <p lang={item.language} className="mt-1 whitespace-pre-line">
                {item.entryText.slice(0, item.start)}
                <mark className="bg-yellow-100">{item.entryText.slice(item.start, item.end)}</mark>
                {item.entryText.slice(item.end)}
              </p>
              <div className="mt-2 flex flex-wrap items-center gap-2">
                <a className={buttonClass} href={`/desk/claims/new?entry=${encodeURIComponent(item.entryId)}&start=${item.start}&end=${item.end}`} data-shortcut={active ? "c" : undefined}>
                  {t("claimThis")}
                </a>
                <button type="button" className={secondaryButtonClass} data-shortcut={active ? "x" : undefined} onClick={() => { setDismissing(item.id); setSelected(index); setTimeout(() => document.getElementById(`reason-${item.id}`)?.focus(), 0); }}>
                  {t("dismiss")}
                </button>
                {dismissing === item.id ? (
                  <form className="flex grow gap-2" onSubmit={(event) => { event.preventDefault(); void dismiss(item.id); }}>
                    <label htmlFor={`reason-${item.id}`} className="sr-only">{t("why")}</label>
                    <input id={`reason-${item.id}`} className={inputClass} placeholder={t("why")} value={reason} onChange={(event) => setReason(event.target.value)} />
                    <button type="submit" className={secondaryButtonClass}>{t("dismiss")}</button>
                  </form>
                ) : null}
              </div>
            </li>
          );
        })}
      </ol>
      <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="queue-message">{message ?? ""}</p>
    </div>
  );
}
