"use client";

import { useRouter } from "next/navigation";
import { useState } from "react";
import { archiveClaimAction, correctClaimAction, publishClaimAction, returnClaimAction, submitClaimAction } from "@/lib/claims/actions";
import type { ActionResult } from "@/lib/action-result";
import { describedBy, Field, buttonClass, inputClass, secondaryButtonClass } from "../ui/field";
import { isPublic } from "@/lib/claims/status";

type Rating = { key: string; labelEn: string };
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
        Review
      </h2>
      {props.status === "DRAFT" ? (
        <>
          <p className="mt-1 text-sm text-muted">When the quote, attribution and evidence are in place, send it to a reviewer.</p>
          <button type="button" className={`${buttonClass} mt-2`} disabled={pending} onClick={() => run(() => submitClaimAction(base), "Sent for review.")} data-shortcut="s" aria-keyshortcuts="s">
            Submit for review
          </button>
        </>
      ) : null}
      {props.status === "IN_REVIEW" && !props.canReview ? <p className="mt-1 text-sm">Awaiting a reviewer.</p> : null}
      {reviewable && props.isAuthor ? (
        <p className="mt-1 rounded border border-amber-300 bg-amber-50 p-2 text-sm" data-testid="publish-blocked">
          You wrote this claim, so another reviewer must publish it. You can still send it back to draft or archive it.
        </p>
      ) : null}
      {reviewable || (published && props.canReview) ? (
        <div>
          <Field id="ratingKey" label="Verdict" error={errors.ratingKey}>
            <select {...describedBy("ratingKey", errors.ratingKey)} className={inputClass} value={ratingKey} onChange={(event) => setRatingKey(event.target.value)}>
              <option value="">Choose a verdict</option>
              {props.ratings.map((rating) => (
                <option key={rating.key} value={rating.key}>
                  {rating.labelEn}
                </option>
              ))}
            </select>
          </Field>
          <Field id="verdictSummary" label="Why: the summary readers see" error={errors.verdictSummary}>
            <textarea {...describedBy("verdictSummary", errors.verdictSummary)} rows={4} className={inputClass} value={summary} onChange={(event) => setSummary(event.target.value)} />
          </Field>
          {published ? (
            <Field id="correctionNote" label="Correction note (public)" error={errors.note}>
              <textarea {...describedBy("correctionNote", errors.note)} rows={2} className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} />
            </Field>
          ) : (
            <Field id="returnNote" label="Note to the author (only for sending back)" error={errors.note}>
              <textarea {...describedBy("returnNote", errors.note)} rows={2} className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} />
            </Field>
          )}
          <div className="mt-2 flex flex-wrap gap-2">
            {reviewable ? (
              <>
                {/* Two people publish a verdict: its author is shown why, not a button that would refuse. */}
                {props.isAuthor ? null : (
                  <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => publishClaimAction({ ...base, ratingKey, verdictSummary: summary }), "Published.")}>
                    Publish
                  </button>
                )}
                <button type="button" className={secondaryButtonClass} disabled={pending} onClick={() => run(() => returnClaimAction({ ...base, note }), "Sent back to the author.")}>
                  Send back to draft
                </button>
              </>
            ) : (
              <button type="button" className={buttonClass} disabled={pending} onClick={() => run(() => correctClaimAction({ ...base, ratingKey, verdictSummary: summary, note }), "Correction published.")}>
                Publish correction
              </button>
            )}
          </div>
          {props.evidenceCount === 0 && reviewable ? <p className="mt-1 text-sm text-amber-800">No evidence is linked yet; publishing needs at least one piece.</p> : null}
        </div>
      ) : null}
      {props.canReview && props.status !== "ARCHIVED" ? (
        <details className="mt-3 text-sm">
          <summary className="cursor-pointer">Archive this claim</summary>
          <Field id="archiveReason" label="Reason" error={errors.reason}>
            <input {...describedBy("archiveReason", errors.reason)} className={inputClass} value={note} onChange={(event) => setNote(event.target.value)} />
          </Field>
          <button type="button" className={`${secondaryButtonClass} mt-1`} disabled={pending} onClick={() => run(() => archiveClaimAction({ ...base, reason: note }), "Archived.")}>
            Archive
          </button>
        </details>
      ) : null}
      <p role="status" aria-live="polite" className="mt-2 text-sm" data-testid="review-message">
        {message ?? ""}
      </p>
    </section>
  );
}
