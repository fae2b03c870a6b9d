import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/claims/claim-form";
import { formStateFromFields } from "@/components/claims/claim-form-state";
import { ClaimHistory } from "@/components/claims/claim-history";
import { ClaimDetails } from "@/components/claims/claim-details";
import { STATUS_LABELS } from "@/components/claims/labels";
import { QuotedEntry } from "@/components/claims/quoted-entry";
import { ReviewPanel } from "@/components/claims/review-panel";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { CorrectionsList } from "@/components/claims/corrections-list";
import { ClaimRepeats } from "@/components/claims/repeats";
import { EvidenceSection } from "@/components/evidence/evidence-section";
import { SuggestionsSection } from "@/components/evidence/suggestions-section";
import { KeyboardShortcuts } from "@/components/ui/keyboard-shortcuts";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { TranslationPanel } from "@/components/translations/translation-panel";
import { findClaimTranslations } from "@/lib/translations/queries";
import { findDeskClaimPage } from "@/lib/claims/desk-claim-page";
import { findClaimTitle } from "@/lib/claims/desk-queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  // The guard first: nothing is read for a visitor, not even a title.
  const { id } = await params;
  await requireDeskUser();
  const claim = await findClaimTitle({ id });
  return { title: claim ? `Claim: ${claim.statement}` : "Claim not found" };
}

export default async function DeskClaimPage({ params }: Props) {
  const { id } = await params;
  const user = await requireDeskUser();
  const page = await findDeskClaimPage({ id, user });
  if (!page) notFound();
  const { claim, suggestions, history, ratings, quantities, repeats, published, canReview, evidenceEditable, editable, isAuthor } = page;
  const translations = await findClaimTranslations(claim.id);

  return (
    <>
      <p className="text-sm">
        <Link href="/desk/claims" className="underline">
          Claims
        </Link>{" "}
        / {STATUS_LABELS[claim.status]}
      </p>
      <h1 className="mt-1 text-2xl font-bold">{claim.statement}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
        <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold text-ink" data-testid="claim-status">
          {STATUS_LABELS[claim.status]}
        </span>
        <VerdictBadge rating={claim.rating} />
        <span>
          by {claim.createdBy.name}
          {claim.reviewedBy ? `, reviewed by ${claim.reviewedBy.name}` : ""} · version {claim.version}
        </span>
        {published ? (
          <Link className="underline" href={`/claims/${claim.slug}`}>
            Public page
          </Link>
        ) : null}
      </p>
      <KeyboardShortcuts help={[["a", "accept the first suggestion"], ["x", "dismiss the first suggestion"], ["s", "submit for review (drafts)"], ["Ctrl+Enter", "save the claim"]]} />
      <QuotedEntry claim={claim} />

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          {editable ? (
            <section aria-labelledby="details-heading">
              <h2 id="details-heading" className="text-lg font-semibold">
                Details
              </h2>
              <ClaimForm
                key={claim.id}
                mode="edit"
                claimId={claim.id}
                version={claim.version}
                base={claim.fields}
                speakerName={claim.speaker?.name ?? ""}
                initial={formStateFromFields(claim.fields, claim.speaker?.name ?? "")}
                quantities={quantities}
              />
            </section>
          ) : (
            <ClaimDetails claim={claim} />
          )}

          <EvidenceSection claim={claim} editable={evidenceEditable} />

          <CorrectionsList corrections={claim.corrections} />
          <TranslationPanel rows={translations} claimId={claim.id} userId={user.id} canReview={user.role !== "EDITOR"} />
          <ClaimRepeats repeats={repeats} />

          <section aria-labelledby="history-heading" className="mt-8">
            <h2 id="history-heading" className="text-lg font-semibold">
              History
            </h2>
            <ClaimHistory events={history} />
          </section>
        </div>

        <aside className="space-y-6">
          <ReviewPanel
            claimId={claim.id}
            version={claim.version}
            status={claim.status}
            canReview={canReview}
            isAuthor={isAuthor}
            evidenceCount={claim.evidence.length}
            ratings={ratings}
            currentRating={claim.rating?.key ?? null}
            currentSummary={claim.verdictSummary}
          />
          {evidenceEditable ? <SuggestionsSection claimId={claim.id} suggestions={suggestions} /> : null}
        </aside>
      </div>
    </>
  );
}
