"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { linkEvidenceAction, searchEntriesAction } from "@/lib/evidence/actions";
import { selectionIn } from "../entries/selection";
import { buttonClass, inputClass, secondaryButtonClass } from "../ui/field";
import { StanceSelect, type StanceName } from "./stance-select";

type Hit = { id: string; text: string; language: string; sourceTitle: string; postedAt: string | null };

/** Find any entry and link it: select the passage in its text, choose the stance, add a note. */
export function LinkEntryForm({ claimId }: { claimId: string }) {
  const router = useRouter();
  const t = useTranslations("desk.evidence");
  const [query, setQuery] = useState("");
  const [hits, setHits] = useState<Hit[] | null>(null);
  const [chosen, setChosen] = useState<{ hit: Hit; passage: string; start: number } | null>(null);
  const [stance, setStance] = useState<StanceName>("SUPPORTS");
  const [note, setNote] = useState("");
  const [message, setMessage] = useState<string | null>(null);

  async function search() {
    setMessage(null);
    const result = await searchEntriesAction(query);
    if (!result.ok) return setMessage(result.message);
    setHits(result.data);
  }

  function choose(hit: Hit) {
    const selected = selectionIn(document.getElementById(`hit-${hit.id}`));
    setChosen(selected ? { hit, passage: selected.text, start: selected.start } : { hit, passage: hit.text, start: 0 });
  }

  async function link() {
    if (!chosen) return;
    const result = await linkEvidenceAction({ claimId, entryId: chosen.hit.id, stance, passage: chosen.passage, passageStart: chosen.start, note: note || null });
    if (!result.ok) return setMessage(result.message);
    setMessage(t("linked"));
    setChosen(null);
    setHits(null);
    setNote("");
    router.refresh();
  }

  return (
    <div>
      <form
        role="search"
        className="flex gap-2"
        onSubmit={(event) => {
          event.preventDefault();
          void search();
        }}
      >
        <label htmlFor="link-query" className="sr-only">
          {t("searchLabel")}
        </label>
        <input id="link-query" className={inputClass} placeholder={t("searchPlaceholder")} value={query} onChange={(event) => setQuery(event.target.value)} />
        <button type="submit" className={secondaryButtonClass}>
          {t("search")}
        </button>
      </form>
      {hits ? (
        <ul className="mt-2 space-y-2">
          {hits.length === 0 ? <li className="text-sm text-muted">{t("noMatch")}</li> : null}
          {hits.map((hit) => (
            <li key={hit.id} className="rounded border border-gray-200 bg-white p-2 text-sm">
              <p className="text-xs text-muted">
                {hit.sourceTitle}
                {hit.postedAt ? ` · ${hit.postedAt}` : ""}
              </p>
              <p id={`hit-${hit.id}`} lang={hit.language} className="whitespace-pre-line">
                {hit.text}
              </p>
              <button type="button" className="mt-1 text-accent underline" onMouseDown={(event) => event.preventDefault()} onClick={() => choose(hit)}>
                {t("linkThis")}
              </button>
            </li>
          ))}
        </ul>
      ) : null}
      {chosen ? (
        <div className="mt-2 rounded border border-gray-300 bg-gray-50 p-2 text-sm">
          <p className="font-semibold">{t("passageFrom", { source: chosen.hit.sourceTitle })}</p>
          <blockquote className="border-l-4 border-gray-300 pl-2">{chosen.passage}</blockquote>
          <div className="mt-2 flex flex-wrap items-end gap-2">
            <StanceSelect label={t("stance")} value={stance} onChange={setStance} />
            <label className="grow text-xs font-semibold">
              {t("note")}
              <input className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} />
            </label>
            <button type="button" className={buttonClass} onClick={link}>
              {t("link")}
            </button>
          </div>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="mt-1 text-sm">
        {message ?? ""}
      </p>
    </div>
  );
}
