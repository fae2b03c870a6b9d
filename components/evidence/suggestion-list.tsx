"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { dismissSuggestionAction, linkEvidenceAction } from "@/lib/evidence/actions";
import { inputClass, secondaryButtonClass, buttonClass } from "../ui/field";
import { StanceSelect, type StanceName } from "./stance-select";
import { describeReason, type SuggestionReason } from "@/lib/evidence/reasons";
import { wordFor } from "@/lib/i18n/words";

export type SuggestionItem = {
  entryId: string;
  kind: string;
  stance: StanceName;
  reasons: SuggestionReason[];
  passage: { exact: string; start: number };
  figureMentionId: string | null;
  entry: { language: string; sourceTitle: string; outlet: string | null; when: string; postedAt: string | null };
};


/** Ranked suggestions: accept (with the suggested stance, changeable) or dismiss for good. */
export function SuggestionList({ claimId, items }: { claimId: string; items: SuggestionItem[] }) {
  const router = useRouter();
  const t = useTranslations("desk");
  const reasonWords = useTranslations("desk.suggestions.reason");
  const [stances, setStances] = useState<Record<string, SuggestionItem["stance"]>>({});
  const [notes, setNotes] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  async function accept(item: SuggestionItem) {
    setPending(item.entryId);
    const result = await linkEvidenceAction({
      claimId,
      entryId: item.entryId,
      stance: stances[item.entryId] ?? item.stance,
      passage: item.passage.exact,
      passageStart: item.passage.start,
      note: notes[item.entryId] ?? null,
      figureMentionId: item.figureMentionId ?? undefined,
    });
    setPending(null);
    setMessage(result.ok ? t("suggestions.linkedAs", { stance: t(`labels.stance.${result.data.stance}`) }) : result.message);
    if (result.ok) router.refresh();
  }

  async function dismiss(item: SuggestionItem) {
    setPending(item.entryId);
    const result = await dismissSuggestionAction({ claimId, entryId: item.entryId });
    setPending(null);
    setMessage(result.ok ? t("suggestions.dismissed") : result.message);
    if (result.ok) router.refresh();
  }

  return (
    <>
      {items.length === 0 ? <p className="text-sm text-muted">{t("suggestions.none")}</p> : null}
      <ol className="space-y-2" data-testid="suggestions">
        {items.map((item, index) => (
          <li key={item.entryId} className="rounded border border-gray-200 bg-white p-3 text-sm" data-kind={item.kind} data-testid="suggestion">
            <div className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-blue-50 px-1.5 py-0.5 text-xs font-semibold text-blue-900">{wordFor(t, `suggestions.kind.${item.kind}`, item.kind)}</span>
              <span className="font-semibold">{item.entry.sourceTitle}</span>
              <span className="text-muted">
                {item.entry.outlet ?? t("sources.noOutlet")} · {item.entry.when}
                {item.entry.postedAt ? ` ${item.entry.postedAt}` : ""}
              </span>
            </div>
            <blockquote lang={item.entry.language} className="mt-1 border-l-4 border-gray-300 pl-2">
              {item.passage.exact}
            </blockquote>
            <ul className="mt-1 list-disc pl-5 text-muted">
              {item.reasons.map((reason) => (
                <li key={JSON.stringify(reason)}>{describeReason(reasonWords, reason)}</li>
              ))}
            </ul>
            <div className="mt-2 flex flex-wrap items-end gap-2">
              <StanceSelect label={t("suggestions.linkAs")} value={stances[item.entryId] ?? item.stance} onChange={(stance) => setStances({ ...stances, [item.entryId]: stance })} />
              <label className="grow text-xs font-semibold">
                {t("suggestions.note")}
                <input className={inputClass} value={notes[item.entryId] ?? ""} onChange={(event) => setNotes({ ...notes, [item.entryId]: event.target.value })} />
              </label>
              <button type="button" className={buttonClass} disabled={pending === item.entryId} onClick={() => accept(item)} data-shortcut={index === 0 ? "a" : undefined}>
                {t("suggestions.accept")}
              </button>
              <button type="button" className={secondaryButtonClass} disabled={pending === item.entryId} onClick={() => dismiss(item)} data-shortcut={index === 0 ? "x" : undefined}>
                {t("suggestions.dismiss")}
              </button>
            </div>
          </li>
        ))}
      </ol>
      <p role="status" aria-live="polite" className="mt-1 text-sm" data-testid="suggestion-message">
        {message ?? ""}
      </p>
    </>
  );
}
