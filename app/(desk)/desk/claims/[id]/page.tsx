import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/claims/claim-form";
import { formStateFromFields } from "@/components/claims/claim-form-state";
import { ClaimHistory } from "@/components/claims/claim-history";
import { ClaimDetails } from "@/components/claims/claim-details";
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
  const t = await getTranslations("desk.claim");
  return { title: claim ? t("pageTitle", { statement: claim.statement }) : t("notFound") };
}

export default async function DeskClaimPage({ params }: Props) {
  const { id } = await params;
  const user = await requireDeskUser();
  const page = await findDeskClaimPage({ id, user });
  if (!page) notFound();
  const { claim, suggestions, history, ratings, quantities, repeats, published, canReview, evidenceEditable, editable, isAuthor } = page;
  const translations = await findClaimTranslations(claim.id);
  const t = await getTranslations("desk");

  return (
    <>
      <p className="text-sm">
        <Link href="/desk/claims" className="underline">
          {t("nav.claims")}
        </Link>{" "}
        / {t(`labels.status.${claim.status}`)}
      </p>
      <h1 className="mt-1 text-2xl font-bold">{claim.statement}</h1>
      <p className="mt-1 flex flex-wrap items-center gap-2 text-sm text-muted">
        <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold text-ink" data-testid="claim-status">
          {t(`labels.status.${claim.status}`)}
        </span>
        <VerdictBadge rating={claim.rating} />
        <span>
          {claim.reviewedBy ? t("claim.byReviewed", { author: claim.createdBy.name, reviewer: claim.reviewedBy.name, version: claim.version }) : t("claim.by", { author: claim.createdBy.name, version: claim.version })}
        </span>
        {published ? (
          <Link className="underline" href={`/claims/${claim.slug}`}>
            {t("claim.publicPage")}
          </Link>
        ) : null}
      </p>
      <KeyboardShortcuts help={[["a", t("claim.keys.accept")], ["x", t("claim.keys.dismiss")], ["s", t("claim.keys.submit")], ["Ctrl+Enter", t("claim.keys.save")]]} />
      <QuotedEntry claim={claim} />

      <div className="mt-6 grid gap-6 lg:grid-cols-[minmax(0,3fr)_minmax(0,2fr)]">
        <div>
          {editable ? (
            <section aria-labelledby="details-heading">
              <h2 id="details-heading" className="text-lg font-semibold">
                {t("claim.details")}
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
              {t("claim.history")}
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
