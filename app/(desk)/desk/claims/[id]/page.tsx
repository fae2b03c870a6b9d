import Link from "next/link";
import { notFound } from "next/navigation";
import { ClaimForm } from "@/components/claims/claim-form";
import { formStateFromFields } from "@/components/claims/claim-form-state";
import { ClaimHistory } from "@/components/claims/claim-history";
import { ANCHOR_LABELS, HEDGE_LABELS, STATUS_LABELS } from "@/components/claims/labels";
import { ReviewPanel } from "@/components/claims/review-panel";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { EvidenceList } from "@/components/evidence/evidence-list";
import { LinkEntryForm } from "@/components/evidence/link-entry-form";
import { SuggestionList } from "@/components/evidence/suggestion-list";
import { KeyboardShortcuts } from "@/components/ui/keyboard-shortcuts";
import { formatDate, formatFigure } from "@/components/ui/format";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { hasRole } from "@/lib/auth/roles";
import { findClaimForDesk, findClaimHistory, findQuantityOptions, findRatings } from "@/lib/claims/desk-queries";
import { findSuggestions } from "@/lib/evidence/suggestions";
import { isPublic } from "@/lib/claims/status";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata({ params }: Props) {
  const claim = await findClaimForDesk({ id: (await params).id });
  return { title: claim ? `Claim: ${claim.statement}` : "Claim not found" };
}

export default async function DeskClaimPage({ params }: Props) {
  const { id } = await params;
  const user = await requireDeskUser(`/desk/claims/${id}`);
  const claim = await findClaimForDesk({ id });
  if (!claim) notFound();
  const editable = claim.status === "DRAFT" || claim.status === "IN_REVIEW";
  const published = isPublic(claim.status);
  const canReview = hasRole(user.role, "reviewer");
  const evidenceEditable = claim.status !== "ARCHIVED" && (!published || canReview);
  const [suggestions, history, ratings, quantities] = await Promise.all([
    evidenceEditable ? findSuggestions({ claimId: claim.id }) : Promise.resolve([]),
    findClaimHistory({ claimId: claim.id }),
    findRatings(),
    findQuantityOptions(),
  ]);
  const when = (date: Date | null) => formatDate(date);

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
      {claim.entry ? (
        <div className="mt-3 rounded border border-gray-200 bg-white p-3 text-sm">
          <p className="text-muted">
            Quoted from{" "}
            <Link href={`/desk/entries/${claim.entry.id}`} className="underline">
              {claim.entry.source.title}
            </Link>{" "}
            · {claim.entry.source.outlet?.name ?? "no outlet"} · {when(claim.entry.source.publishedAt)}
          </p>
          {ANCHOR_LABELS[claim.anchorState] ? (
            <p role="note" className="mt-1 font-semibold text-amber-800" data-testid="anchor-state">
              {ANCHOR_LABELS[claim.anchorState]}
            </p>
          ) : null}
          <blockquote lang={claim.entry.language} className="mt-1 border-l-4 border-gray-300 pl-2">
            {claim.anchorStart !== null && claim.anchorEnd !== null && claim.anchorState !== "ORPHANED" ? (
              <>
                {claim.entry.text.slice(0, claim.anchorStart)}
                <mark className="bg-yellow-100">{claim.entry.text.slice(claim.anchorStart, claim.anchorEnd)}</mark>
                {claim.entry.text.slice(claim.anchorEnd)}
              </>
            ) : (
              claim.entry.text
            )}
          </blockquote>
        </div>
      ) : null}

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
            <section aria-labelledby="details-heading" className="text-sm">
              <h2 id="details-heading" className="text-lg font-semibold">
                Details
              </h2>
              <dl className="mt-2 grid grid-cols-[10rem_1fr] gap-y-1">
                <dt className="font-semibold">Quote</dt>
                <dd lang={claim.quoteLanguage}>{claim.quoteOriginal}</dd>
                <dt className="font-semibold">Speaker</dt>
                <dd>{claim.speaker?.name ?? "—"}{claim.speakerRole ? `, ${claim.speakerRole}` : ""}</dd>
                <dt className="font-semibold">Said</dt>
                <dd>{when(claim.saidAt)}{claim.saidWhere ? `, ${claim.saidWhere}` : ""}</dd>
                <dt className="font-semibold">Figure</dt>
                <dd>{claim.figureHedge ? `${formatFigure(claim.figureValue, claim.figureHedge, claim.figureUnit) ?? HEDGE_LABELS[claim.figureHedge]}${claim.quantity ? ` (${claim.quantity.labelEn})` : ""}` : "—"}</dd>
                <dt className="font-semibold">Summary</dt>
                <dd>{claim.verdictSummary ?? "—"}</dd>
              </dl>
            </section>
          )}

          <section aria-labelledby="evidence-heading" className="mt-8">
            <h2 id="evidence-heading" className="text-lg font-semibold">
              Evidence ({claim.evidence.length})
            </h2>
            <EvidenceList
              claimId={claim.id}
              editable={evidenceEditable}
              items={claim.evidence.map((link) => ({
                id: link.id,
                stance: link.stance,
                passageExact: link.passageExact,
                passageState: link.passageState,
                note: link.note,
                createdBy: link.createdBy.name,
                entry: { id: link.entry.id, language: link.entry.language, sourceTitle: link.entry.source.title, outlet: link.entry.source.outlet?.name ?? null, when: when(link.entry.source.publishedAt) },
              }))}
            />
            {evidenceEditable ? (
              <div className="mt-4">
                <h3 className="font-semibold">Link an entry</h3>
                <LinkEntryForm claimId={claim.id} />
              </div>
            ) : null}
          </section>

          {claim.corrections.length ? (
            <section aria-labelledby="corrections-heading" className="mt-8 text-sm">
              <h2 id="corrections-heading" className="text-lg font-semibold">
                Corrections
              </h2>
              <ul className="mt-2 space-y-1">
                {claim.corrections.map((correction) => (
                  <li key={correction.id}>
                    {when(correction.createdAt)}, {correction.createdBy.name}: {correction.note}
                  </li>
                ))}
              </ul>
            </section>
          ) : null}

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
            isAuthor={claim.createdById === user.id}
            evidenceCount={claim.evidence.length}
            ratings={ratings}
            currentRating={claim.rating?.key ?? null}
            currentSummary={claim.verdictSummary}
          />
          {evidenceEditable ? (
            <section aria-labelledby="suggestions-heading">
              <h2 id="suggestions-heading" className="text-lg font-semibold">
                Suggested evidence
              </h2>
              <SuggestionList
                claimId={claim.id}
                items={suggestions.map((suggestion) => ({
                  entryId: suggestion.entryId,
                  kind: suggestion.kind,
                  stance: suggestion.stance,
                  reasons: suggestion.reasons,
                  passage: suggestion.passage,
                  figureMentionId: suggestion.figureMentionId,
                  entry: { language: suggestion.entry.language, sourceTitle: suggestion.entry.sourceTitle, outlet: suggestion.entry.outlet, when: when(suggestion.entry.publishedAt), postedAt: suggestion.entry.postedAt },
                }))}
              />
            </section>
          ) : null}
        </aside>
      </div>
    </>
  );
}
