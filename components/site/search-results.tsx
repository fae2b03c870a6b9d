import Link from "next/link";
import { VerdictLabel } from "@/components/site/verdict-label";
import { HighlightedTerms } from "@/components/ui/highlighted-terms";
import type { Cursor, PublicFilter } from "@/lib/claims/public-filter";
import type { findPublicClaims } from "@/lib/claims/public-search";
import { canonicalSearchQuery } from "@/lib/claims/search-address";
import type { EntryHit } from "@/lib/entries/queries";
import { formatLocaleDate } from "@/lib/i18n/format";
import { localePath, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

/** The matching claims, each statement in the reader's language where translated (`statementLanguage` says which). */
type Claims = Omit<Awaited<ReturnType<typeof findPublicClaims>>, "items" | "menus"> & { items: (Awaited<ReturnType<typeof findPublicClaims>>["items"][number] & { statementLanguage?: string })[] };

/** A page of matching claims, newest first, with links to the first and the older ones. */
export function ClaimResults({ locale, filter, claims, after }: { locale: Locale; filter: PublicFilter; claims: Claims; after: Cursor | null }) {
  const messages = getMessages(locale);
  const terms = claims.terms;
  return (
    <section aria-labelledby="claims-found" className="mt-8">
      <h2 id="claims-found" className="text-xl font-semibold">
        {messages("claimsHeading")}
        {/* A count only when this one page holds every match. */}
        {!after && !claims.next ? `: ${messages("claimsFound", { n: claims.items.length })}` : ""}
      </h2>
      {claims.items.length === 0 ? <p className="mt-2">{messages("noResults")}</p> : null}
      <ul className="mt-2 divide-y divide-gray-200" data-testid="claim-results">
        {claims.items.map((claim) => (
          <li key={claim.slug} className="py-3">
            <VerdictLabel locale={locale} rating={claim.rating} />
            <h3 className="mt-1 font-semibold">
              <Link href={localePath(locale, `/claims/${claim.slug}`)} className="hover:underline" lang={claim.statementLanguage}>
                <HighlightedTerms text={claim.statement} terms={terms} />
              </Link>
            </h3>
            <p className="text-sm" lang={claim.quoteLanguage}>
              “<HighlightedTerms text={claim.quoteOriginal.length > 240 ? `${claim.quoteOriginal.slice(0, 240)}…` : claim.quoteOriginal} terms={terms} />”
            </p>
            <p className="text-sm text-muted">
              {claim.speaker ? <HighlightedTerms text={claim.speaker.name} terms={terms} /> : messages("unattributed")} · {formatLocaleDate(locale, claim.saidAt ?? claim.publishedAt)}
            </p>
          </li>
        ))}
      </ul>
      {claims.next || after ? (
        <nav aria-label={messages("claimsHeading")} className="mt-3 flex gap-4 text-sm">
          {after ? (
            <Link href={localePath(locale, `/search${canonicalSearchQuery(filter)}`)} className="text-accent underline">
              {messages("firstResults")}
            </Link>
          ) : null}
          {claims.next ? (
            <Link href={localePath(locale, `/search${canonicalSearchQuery(filter, claims.next)}`)} rel="next" className="text-accent underline" data-testid="older-claims">
              {messages("olderClaims")} →
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

/** The first passages in cited sources that match the words, each linked to its place in its source. */
export function EntryResults({ locale, entries, terms, limit }: { locale: Locale; entries: EntryHit[]; terms: string[]; limit: number }) {
  const messages = getMessages(locale);
  return (
    <section aria-labelledby="entries-found" className="mt-8">
      <h2 id="entries-found" className="text-xl font-semibold">
        {messages("entriesHeading")}
        {entries.length <= limit ? `: ${messages("entriesFound", { n: entries.length })}` : ""}
      </h2>
      <ul className="mt-2 divide-y divide-gray-200" data-testid="entry-results">
        {entries.slice(0, limit).map((entry) => (
          <li key={entry.id} className="py-3 text-sm">
            <p lang={entry.language}>
              <HighlightedTerms text={entry.text.length > 400 ? `${entry.text.slice(0, 400)}…` : entry.text} terms={terms} />
            </p>
            <Link href={`${localePath(locale, `/sources/${entry.sourceId}`)}#entry-${entry.ordinal}`} className="text-accent underline">
              {entry.sourceTitle}
              {entry.postedAt ? ` · ${entry.postedAt}` : ""}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
