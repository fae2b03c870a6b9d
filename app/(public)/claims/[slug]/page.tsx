import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { VerdictBadge } from "@/components/claims/verdict-badge";
import { EvidenceColumn } from "@/components/claims/evidence-column";
import { formatDate, formatFigure } from "@/components/ui/format";
import { findPublishedClaim } from "@/lib/claims/queries";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ slug: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const claim = await findPublishedClaim({ slug: (await params).slug });
  return claim ? { title: claim.statement, alternates: { canonical: `/claims/${claim.slug}` } } : { title: "Claim not found" };
}

export default async function ClaimPage({ params }: Props) {
  const claim = await findPublishedClaim({ slug: (await params).slug });
  if (!claim) notFound();
  const translations = Object.entries((claim.translations ?? {}) as Record<string, string>);
  const figure = formatFigure(claim.figureValue, claim.figureHedge, claim.figureUnit);
  return (
    <article>
      <VerdictBadge rating={claim.rating} />
      <h1 className="mt-2 text-3xl font-bold">{claim.statement}</h1>

      <figure className="mt-6 border-l-4 border-gray-300 pl-4">
        <blockquote lang={claim.quoteLanguage} className="text-lg">
          “{claim.quoteOriginal}”
        </blockquote>
        <figcaption className="mt-2 text-sm text-muted">
          {claim.speaker?.name ?? "Unattributed"}
          {claim.speakerRole ? `, ${claim.speakerRole}` : ""}
          {claim.saidWhere ? ` · ${claim.saidWhere}` : ""}
          {claim.saidAt ? ` · ${formatDate(claim.saidAt)}` : ""}
        </figcaption>
        {claim.attribution ? <p className="mt-1 text-sm text-muted">How it reached us: {claim.attribution}</p> : null}
      </figure>

      {translations.length > 0 ? (
        <section aria-labelledby="translations" className="mt-6">
          <h2 id="translations" className="text-sm font-semibold uppercase tracking-wide text-muted">
            Translations
          </h2>
          <ul className="mt-2 space-y-1">
            {translations.map(([language, text]) => (
              <li key={language} lang={language}>
                <span className="mr-2 text-xs font-semibold uppercase text-muted">{language}</span>
                {text}
              </li>
            ))}
          </ul>
        </section>
      ) : null}

      {figure ? (
        <p className="mt-6">
          <span className="font-semibold">Figure claimed:</span> {figure}
          {claim.quantity ? <span className="text-muted"> ({claim.quantity.labelEn})</span> : null}
        </p>
      ) : null}

      <section aria-labelledby="verdict" className="mt-8 rounded border border-gray-200 p-4">
        <h2 id="verdict" className="text-xl font-semibold">
          Verdict: {claim.rating?.labelEn ?? "none"}
        </h2>
        <p className="mt-2 whitespace-pre-line">{claim.verdictSummary}</p>
        <p className="mt-2 text-sm text-muted">Published {formatDate(claim.publishedAt)}</p>
      </section>

      <section aria-labelledby="evidence" className="mt-8">
        <h2 id="evidence" className="text-xl font-semibold">
          Evidence
        </h2>
        <div className="mt-4 grid gap-6 md:grid-cols-2">
          <EvidenceColumn title="Supports the claim" items={claim.evidence.filter((item) => item.stance === "SUPPORTS")} />
          <EvidenceColumn title="Contradicts the claim" items={claim.evidence.filter((item) => item.stance === "CONTRADICTS")} />
        </div>
        {claim.evidence.some((item) => item.stance === "CONTEXT") ? (
          <div className="mt-6">
            <EvidenceColumn title="Context" items={claim.evidence.filter((item) => item.stance === "CONTEXT")} />
          </div>
        ) : null}
      </section>

      {claim.corrections.length > 0 ? (
        <section aria-labelledby="corrections" className="mt-8">
          <h2 id="corrections" className="text-xl font-semibold">
            Corrections
          </h2>
          <ul className="mt-2 space-y-2">
            {claim.corrections.map((correction) => (
              <li key={correction.id}>
                <span className="text-sm text-muted">{formatDate(correction.createdAt)}:</span> {correction.note}
              </li>
            ))}
          </ul>
        </section>
      ) : null}
    </article>
  );
}
