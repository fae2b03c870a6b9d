"use client";

import Link from "next/link";
import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useState } from "react";
import { changeEvidenceAction, unlinkEvidenceAction } from "@/lib/evidence/actions";
import type { STANCES } from "../claims/labels";
import { inputClass, secondaryButtonClass } from "../ui/field";
import { StanceSelect } from "./stance-select";

export type EvidenceItem = {
  id: string;
  stance: (typeof STANCES)[number];
  passageExact: string;
  passageState: "EXACT" | "POSITION" | "FUZZY" | "ORPHANED";
  note: string | null;
  createdBy: string;
  entry: { id: string; language: string; sourceTitle: string; outlet: string | null; when: string };
};

/** The claim's evidence, with its stance and note editable and each link removable. */
export function EvidenceList({ claimId, items, editable }: { claimId: string; items: EvidenceItem[]; editable: boolean }) {
  const router = useRouter();
  const t = useTranslations("desk");
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState<string | null>(null);
  const [draft, setDraft] = useState<{ stance: EvidenceItem["stance"]; note: string }>({ stance: "SUPPORTS", note: "" });

  async function save(linkId: string) {
    const result = await changeEvidenceAction({ claimId, linkId, ...draft });
    setMessage(result.ok ? t("evidence.updated") : result.message);
    if (result.ok) {
      setEditing(null);
      router.refresh();
    }
  }

  async function remove(linkId: string) {
    const result = await unlinkEvidenceAction({ claimId, linkId });
    setMessage(result.ok ? t("evidence.removed") : result.message);
    if (result.ok) router.refresh();
  }

  if (items.length === 0) return <p className="text-sm text-muted">{t("evidence.none")}</p>;
  return (
    <>
      <ul className="space-y-2" data-testid="evidence-list">
        {items.map((item) => (
          <li key={item.id} className="rounded border border-gray-200 bg-white p-3 text-sm" data-stance={item.stance}>
            <div className="flex flex-wrap items-center gap-2">
              <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold uppercase">{t(`labels.stance.${item.stance}`)}</span>
              <Link href={`/desk/entries/${item.entry.id}`} className="underline">
                {item.entry.sourceTitle}
              </Link>
              <span className="text-muted">
                {item.entry.outlet ?? t("sources.noOutlet")} · {item.entry.when} · {t("evidence.addedBy", { name: item.createdBy })}
              </span>
            </div>
            <blockquote lang={item.entry.language} className="mt-1 border-l-4 border-gray-300 pl-2">
              {item.passageExact}
            </blockquote>
            {item.passageState !== "EXACT" ? <p className="mt-1 text-amber-800">{t(`labels.anchor.${item.passageState}`)}</p> : null}
            {item.note ? <p className="mt-1 text-muted">{t("evidence.noteShown", { note: item.note })}</p> : null}
            {editable && editing === item.id ? (
              <div className="mt-2 flex flex-wrap items-end gap-2">
                <StanceSelect label={t("evidence.stance")} value={draft.stance} onChange={(stance) => setDraft({ ...draft, stance })} />
                <label className="grow text-xs font-semibold">
                  {t("evidence.note")}
                  <input className={inputClass} value={draft.note} onChange={(event) => setDraft({ ...draft, note: event.target.value })} />
                </label>
                <button type="button" className={secondaryButtonClass} onClick={() => save(item.id)}>
                  {t("evidence.save")}
                </button>
              </div>
            ) : editable ? (
              <div className="mt-2 flex gap-2">
                <button
                  type="button"
                  className="text-accent underline"
                  onClick={() => {
                    setEditing(item.id);
                    setDraft({ stance: item.stance, note: item.note ?? "" });
                  }}
                >
                  {t("evidence.change")}
                </button>
                <button type="button" className="text-red-700 underline" onClick={() => remove(item.id)}>
                  {t("evidence.remove")}
                </button>
              </div>
            ) : null}
          </li>
        ))}
      </ul>
      <p role="status" aria-live="polite" className="mt-1 text-sm">
        {message ?? ""}
      </p>
    </>
  );
}
