"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { dismissSuggestionAction, linkEvidenceAction } from "@/lib/evidence/actions";
import { STANCE_LABELS } from "../claims/labels";
import { inputClass, secondaryButtonClass, buttonClass } from "../ui/field";
import { StanceSelect } from "./stance-select";

export type SuggestionItem = {
  entryId: string;
  kind: string;
  stance: keyof typeof STANCE_LABELS;
  reasons: string[];
  passage: { exact: string; start: number };
  figureMentionId: string | null;
  entry: { language: string; sourceTitle: string; outlet: string | null; when: string; postedAt: string | null };
};

const KIND_LABELS: Record<string, string> = {
  "same-figure": "Same figure",
  "consistent-figure": "Fits the figure",
  "different-figure": "Different figure, same day",
  "earlier-figure": "An earlier figure",
  "figure-changed": "The figure changed",
  "similar-text": "Says much the same",
  "shared-words": "Shares words",
  "same-speaker": "Same speaker",
};

/** Ranked suggestions: accept (with the suggested stance, changeable) or dismiss for good. */
export function SuggestionList({ claimId, items }: { claimId: string; items: SuggestionItem[] }) {
  const router = useRouter();
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
    setMessage(result.ok ? `Linked as ${STANCE_LABELS[result.data.stance].toLowerCase()}.` : result.message);
    if (result.ok) router.refresh();
  }

  async function dismiss(item: SuggestionItem) {
    setPending(item.entryId);
    const result = await dismissSuggestionAction({ claimId, entryId: item.entryId });
    setPending(null);
    setMessage(result.ok ? "Dismissed; it will not be suggested again for this claim." : result.message);
    if (result.ok) router.refresh();
  }

  return (
    <>
      {items.length === 0 ? <p className="text-sm text-muted">No suggestions: nothing else in the archive matches this claim yet.</p> : null}
      <ol className="space-y-2" data-testid="suggestions">
        {items.map((item, index) => (
          <li key={item.entryId} className="rounded border border-gray-200 bg-white p-3 text-sm" data-kind={item.kind} data-testid="suggestion">
            <div className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-blue-50 px-1.5 py-0.5 text-xs font-semibold text-blue-900">{KIND_LABELS[item.kind] ?? item.kind}</span>
              <span className="font-semibold">{item.entry.sourceTitle}</span>
              <span className="text-muted">
                {item.entry.outlet ?? "no outlet"} · {item.entry.when}
                {item.entry.postedAt ? ` ${item.entry.postedAt}` : ""}
              </span>
            </div>
            <blockquote lang={item.entry.language} className="mt-1 border-l-4 border-gray-300 pl-2">
              {item.passage.exact}
            </blockquote>
            <ul className="mt-1 list-disc pl-5 text-muted">
              {item.reasons.map((reason) => (
                <li key={reason}>{reason}</li>
              ))}
            </ul>
            <div className="mt-2 flex flex-wrap items-end gap-2">
              <StanceSelect label="Link as" value={stances[item.entryId] ?? item.stance} onChange={(stance) => setStances({ ...stances, [item.entryId]: stance })} />
              <label className="grow text-xs font-semibold">
                Note (optional)
                <input className={inputClass} value={notes[item.entryId] ?? ""} onChange={(event) => setNotes({ ...notes, [item.entryId]: event.target.value })} />
              </label>
              <button type="button" className={buttonClass} disabled={pending === item.entryId} onClick={() => accept(item)} data-shortcut={index === 0 ? "a" : undefined}>
                Accept
              </button>
              <button type="button" className={secondaryButtonClass} disabled={pending === item.entryId} onClick={() => dismiss(item)} data-shortcut={index === 0 ? "x" : undefined}>
                Dismiss
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
