"use client";

import { useRouter } from "next/navigation";
import { useLocale, useTranslations } from "next-intl";
import { pickLabel } from "@/lib/i18n/locales";
import { useState } from "react";
import { archiveClaimAction, correctClaimAction, publishClaimAction, returnClaimAction, submitClaimAction } from "@/lib/claims/actions";
import type { ActionResult } from "@/lib/action-result";
import { describedBy, Field, buttonClass, inputClass, secondaryButtonClass } from "../ui/field";
import { isPublic } from "@/lib/claims/status";

type Rating = { key: string; labelEn: string; labelRu: string; labelKy: string };
type Props = {
  claimId: string;
  version: number;
  status: "DRAFT" | "IN_REVIEW" | "PUBLISHED" | "UPDATED" | "ARCHIVED";
  canReview: boolean;
  isAuthor: boolean;
  evidenceCount: number;
  ratings: Rating[];
  currentRating: string | null;
  currentSummary: string | null;
};

/** The claim's next step for this user: submit, publish or send back, correct, archive. */
export function ReviewPanel(props: Props) {
  const router = useRouter();
  const t = useTranslations("desk.review");
  const locale = useLocale();
  const [ratingKey, setRatingKey] = useState(props.currentRating ?? "");
  const [summary, setSummary] = useState(props.currentSummary ?? "");
  const [note, setNote] = useState("");
  const [errors, setErrors] = useState<Record<string, string>>({});
  const [message, setMessage] = useState<string | null>(null);
  const [pending, setPending] = useState(false);

  async function run(action: () => Promise<ActionResult<unknown>>, done: string) {
    setPending(true);
    setErrors({});
    setMessage(null);
    const result = await action();
    setPending(false);
    if (!result.ok) {
      setErrors(result.fieldErrors ?? {});
      return setMessage(result.message);
    }
    setMessage(done);
    setNote("");
    router.refresh();
  }

  const base = { claimId: props.claimId, version: props.version };
  const reviewable = props.status === "IN_REVIEW" && props.canReview;
  const published = isPublic(props.status);
  return (
    <section aria-labelledby="review-heading" className="rounded border border-gray-200 bg-white p-3">
      <h2 id="review-heading" className="font-semibold">
        {t("title")}
      </h2>
      {props.status === "DRAFT" ? (
        <>
          <p className="mt-1 text-sm text-muted">{t("submitHint")}</p>
          <button type="button" className={`${buttonClass} mt-2`} disabled={pending} onClick={() => run(() => submitClaimAction(base), t("sent"))} data-shortcut="s" aria-keyshortcuts="s">
            {t("submit")}
          </button>
        </>
      ) : null}
      {props.status === "IN_REVIEW" && !props.canReview ? <p className="mt-1 text-sm">{t("awaiting")}</p> : null}
      {reviewable && props.isAuthor ? (
        <p className="mt-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="publish-blocked">
          {t("ownClaim")}
        </p>
      ) : null}
      {reviewable || (published && props.canReview) ? (
        <div>
          <Field id="ratingKey" label={t("verdict")} error={errors.ratingKey}>
            <select {...describedBy("ratingKey", errors.ratingKey)} className={inputClass} value={ratingKey} onChange={(event) => setRatingKey(event.target.value)}>
              <option value="">{t("chooseVerdict")}</option>
              {props.ratings.map((rating) => (
                <option key={rating.key} value={rating.key}>
                  {pickLabel(locale, rating)}
                </option>
              ))}
            </select>
          </Field>
          <Field id="verdictSummary" label={t("summary")} error={errors.verdictSummary}>
            <textarea {...describedBy("verdictSummary", errors.verdictSummary)} rows={4} className={inputClass} value={summary} onChange={(event) => setSummary(event.target.value)} />
          </Field>
          {published ? (
            <Field id="correctionNote" label={t("correctionNote")} error={errors.note}>
              <textarea {...describedBy("correctionNote", errors.note)} rows={2} className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} />
            </Field>
          ) : (
            <Field id="returnNote" label={t("returnNote")} error={errors.note}>
              <textarea {...describedBy("returnNote", errors.note)} rows={2} className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} />
            </Field>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            {reviewable ? (
              <>
                {/* Two people publish a verdict: its author is shown why, not a button that would refuse. */}
                {props.isAuthor ? null : (
                  <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => publishClaimAction({ ...base, ratingKey, verdictSummary: summary }), t("published"))}>
                    {t("publish")}
                  </button>
                )}
                <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => run(() => returnClaimAction({ ...base, note }), t("sentBack"))}>
                  {t("sendBack")}
                </button>
              </>
            ) : (
              <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => correctClaimAction({ ...base, ratingKey, verdictSummary: summary, note }), t("corrected"))}>
                {t("publishCorrection")}
              </button>
            )}
          </div>
          {props.evidenceCount === 0 && reviewable ? <p className="mt-1 text-sm text-amber-800">{t("noEvidence")}</p> : null}
        </div>
      ) : null}
      {props.canReview && props.status !== "ARCHIVED" ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">{t("archiveTitle")}</summary>
          <Field id="archiveReason" label={t("archiveReason")} error={errors.reason}>
            <input {...describedBy("archiveReason", errors.reason)} className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} />
          </Field>
          <button type="button" className={`${secondaryButtonClass} mt-1`} disabled={pending} onClick={() => run(() => archiveClaimAction({ ...base, reason: note }), t("archived"))}>
            {t("archive")}
          </button>
        </details>
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="review-message">
        {message ?? ""}
      </p>
    </section>
  );
}
