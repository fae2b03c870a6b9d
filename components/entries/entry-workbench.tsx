"use client";

import { useRouter } from "next/navigation";
import { useTranslations } from "next-intl";
import { useRef, useState } from "react";
import { correctEntryAction } from "@/lib/entries/actions";
import { HighlightedText } from "../sources/highlighted-text";
import { describedBy, Field, buttonClass, inputClass, secondaryButtonClass } from "../ui/field";
import { selectionIn } from "./selection";

type Figure = { field: string; text: string; value: number | null; hedge: string; unit: string | null; start: number; end: number };

/** An entry's text to select from: make a claim from the selection, or correct the text. */
export function EntryWorkbench({ entryId, text, language, figures }: { entryId: string; text: string; language: string; figures: Figure[] }) {
  const router = useRouter();
  const t = useTranslations("desk.entry");
  const textRef = useRef<HTMLParagraphElement>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [editing, setEditing] = useState(false);
  const [draft, setDraft] = useState(text);
  const [reason, setReason] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});

  function claimSelection() {
    const selected = selectionIn(textRef.current);
    if (!selected) return setMessage(t("selectFirst"));
    router.push(`/desk/claims/new?entry=${encodeURIComponent(entryId)}&start=${selected.start}&end=${selected.end}`);
  }

  async function saveCorrection() {
    setErrors({});
    const result = await correctEntryAction({ entryId, text: draft, reason });
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      return setMessage(result.message);
    }
    const { claims, evidence } = result.data;
    const orphaned = claims.ORPHANED + evidence.ORPHANED;
    const moved = claims.POSITION + claims.FUZZY + evidence.POSITION + evidence.FUZZY;
    setMessage(t("correctedReport", { moved, orphaned }));
    setEditing(false);
    router.refresh();
  }

  return (
    <div>
      <p ref={textRef} id="entry-text" lang={language} className="whitespace-pre-line rounded border border-gray-200 bg-white p-3 text-lg leading-relaxed" data-testid="entry-text">
        <HighlightedText text={text} figures={figures.filter((figure) => figure.field === "text")} />
      </p>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className={buttonClass} onMouseDown={(event) => event.preventDefault()} onClick={claimSelection} data-shortcut="c" aria-keyshortcuts="c">
          {t("claimSelection")}
        </button>
        <a className={secondaryButtonClass} href={`/desk/claims/new?entry=${encodeURIComponent(entryId)}`}>
          {t("newClaimAbout")}
        </a>
        <button type="button" className={secondaryButtonClass} onClick={() => setEditing(!editing)} aria-expanded={editing}>
          {t("correctText")}
        </button>
      </div>
      {editing ? (
        <div className="mt-3 rounded border border-gray-200 bg-white p-3">
          <Field id="entry-correction" label={t("correctedText")} hint={t("correctedTextHint")} error={errors.text}>
            <textarea {...describedBy("entry-correction", errors.text, true)} rows={6} lang={language} className={inputClass} value={draft} onChange={(event) => setDraft(event.target.value)} />
          </Field>
          <Field id="entry-reason" label={t("whatCorrected")} error={errors.reason}>
            <input {...describedBy("entry-reason", errors.reason)} className={inputClass} value={reason} onChange={(event) => setReason(event.target.value)} />
          </Field>
          <button type="button" className={`${buttonClass} mt-2`} onClick={saveCorrection}>
            {t("saveCorrection")}
          </button>
        </div>
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="entry-message">
        {message ?? ""}
      </p>
    </div>
  );
}
