import type { Metadata } from "next";
import Link from "next/link";
import { LanguageLinks } from "@/components/site/language-links";
import { VerdictLabel } from "@/components/site/verdict-label";
import { HighlightedTerms } from "@/components/ui/highlighted-terms";
import { encodeCursor, FILTER_KEYS, PUBLIC_QUOTE_LANGUAGES, type PublicFilter } from "@/lib/claims/public-filter";
import { canonicalSearchQuery, searchFromKey } from "@/lib/claims/search-address";
import { findFilterOptions, findPublicClaims } from "@/lib/claims/public-search";
import { unstable_cache } from "next/cache";
import { rememberPublicResult } from "@/lib/cache/public-results";
import { OUTAGE, unlessOutage } from "@/lib/db/outage";
import { searchEntries } from "@/lib/entries/queries";
import { formatLocaleDate } from "@/lib/i18n/format";
import { localePath, pickLabel } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";

// Readers reach this page as /search?…, which proxy.ts rewrites to /<locale>/search/<key> (see
// lib/claims/search-address.ts): each distinct search is rendered once and kept in the page
// cache as a document until an editor's change, like a verdict page.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

// The filter menus change only when an editor publishes, which empties this cache too.
const cachedFilterOptions = unstable_cache(() => findFilterOptions(), ["search-filter-options"], { revalidate: 3600 });

type Props = { params: Promise<{ locale: string; query: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { ...pageMetadata({ locale, path: "/search", title: getMessages(locale).searchTitle }), robots: { index: false, follow: true } };
}

// A page of claims, newest first; the first passages in the sources on the first page only.
// Counts are shown only where the page holds every match.
const PAGE_SIZE = 20;
const ENTRY_LIMIT = 20;

const selectClass = "mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-1.5 text-sm";

export default async function SearchPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const messages = getMessages(locale);
  // Anything malformed in the address is dropped: a search page never fails on its query.
  const { filter, after } = searchFromKey((await params).query);
  const afterKey = after ? encodeCursor(after) : "";
  const claimFiltered = Boolean(filter.verdict || filter.speaker || filter.tag || filter.quantity || filter.from || filter.to);
  // The database down: say so on the page itself, in the reader's language, without scripts.
  const found = await unlessOutage(() =>
    Promise.all([
      cachedFilterOptions(),
      rememberPublicResult(`claims ${JSON.stringify(filter)} ${afterKey}`, () => findPublicClaims({ filter, cursor: after, limit: PAGE_SIZE })),
      filter.q && !claimFiltered && !after ? rememberPublicResult(`entries ${filter.q}`, () => searchEntries({ query: filter.q!, limit: ENTRY_LIMIT + 1, publicOnly: true })) : Promise.resolve([]),
    ]),
  );
  if (found === OUTAGE) {
    return (
      <>
        <h1 className="mt-4 text-3xl font-bold">{messages.searchTitle}</h1>
        {/* data-no-store: the page cache never keeps this page (lib/cache/page-cache-handler.cjs). */}
        <p role="alert" className="mt-4 border-l-4 border-amber-500 bg-amber-50 p-3" data-testid="search-unavailable" data-no-store="">
          {messages.searchUnavailable}
        </p>
      </>
    );
  }
  const [options, claims, entries] = found;
  const terms = claims.terms;
  const selects: { name: keyof PublicFilter; label: string; options: { value: string; label: string }[] }[] = [
    { name: "verdict", label: messages.filterVerdict, options: options.ratings.map((rating) => ({ value: rating.key, label: pickLabel(locale, rating) })) },
    { name: "speaker", label: messages.filterSpeaker, options: options.speakers.map((speaker) => ({ value: speaker.slug, label: speaker.name })) },
    { name: "tag", label: messages.filterTag, options: options.tags.map((tag) => ({ value: tag.slug, label: tag.label })) },
    { name: "quantity", label: messages.filterQuantity, options: options.quantities.map((quantity) => ({ value: quantity.key, label: pickLabel(locale, quantity) })) },
    { name: "language", label: messages.filterLanguage, options: PUBLIC_QUOTE_LANGUAGES.map((language) => ({ value: language, label: messages.languages[language] ?? language })) },
  ];
  // The filters in use, the words searched for aside.
  const activeFilters = FILTER_KEYS.filter((key) => key !== "q" && filter[key]).length;
  return (
    <>
      <LanguageLinks locale={locale} path={`/search${canonicalSearchQuery(filter)}`} />
      <h1 className="mt-4 text-3xl font-bold">{messages.searchTitle}</h1>
      <form method="get" action={localePath(locale, "/search")} role="search" className="mt-4">
        <label htmlFor="q" className="block text-sm font-semibold">
          {messages.searchLabel}
        </label>
        <div className="mt-1 flex gap-2">
          <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} aria-describedby="q-hint" className="w-full rounded border border-gray-400 px-3 py-2" />
          <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
            {messages.searchButton}
          </button>
        </div>
        <p id="q-hint" className="mt-1 text-sm text-muted">
          {messages.searchHint}
        </p>
        {/* Folded away until a filter is in use, so on a phone the results are not below seven fields. */}
        <details open={activeFilters > 0} className="mt-4" data-testid="filters">
          <summary className="cursor-pointer text-sm font-semibold">{activeFilters > 0 ? `${messages.filters} (${activeFilters})` : messages.filters}</summary>
          <fieldset className="mt-2 grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
            <legend className="sr-only">{messages.filters}</legend>
            {selects.map((select) => (
              <div key={select.name}>
                <label htmlFor={`filter-${select.name}`} className="text-sm">
                  {select.label}
                </label>
                <select id={`filter-${select.name}`} name={select.name} defaultValue={String(filter[select.name] ?? "")} className={selectClass}>
                  <option value="">{messages.filterAny}</option>
                  {select.options.map((option) => (
                    <option key={option.value} value={option.value}>
                      {option.label}
                    </option>
                  ))}
                </select>
              </div>
            ))}
            {(["from", "to"] as const).map((name) => (
              <div key={name}>
                <label htmlFor={`filter-${name}`} className="text-sm">
                  {name === "from" ? messages.filterFrom : messages.filterTo}
                </label>
                <input id={`filter-${name}`} name={name} type="date" defaultValue={filter[name] ?? ""} className={selectClass} />
              </div>
            ))}
          </fieldset>
          <div className="mt-3 flex gap-4">
            <button type="submit" className="rounded border border-gray-400 px-3 py-1.5 text-sm font-semibold">
              {messages.applyFilters}
            </button>
            {activeFilters > 0 ? (
              <Link href={localePath(locale, `/search${canonicalSearchQuery({ q: filter.q })}`)} className="self-center text-sm underline">
                {messages.clearFilters}
              </Link>
            ) : null}
          </div>
        </details>
      </form>

      <p className="mt-6 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="downloads">
        <span className="font-semibold">{messages.download}:</span>
        {Object.entries(messages.downloadFormats).map(([format, label]) => {
          const query = canonicalSearchQuery(filter);
          return (
            <a key={format} href={`/exports/claims?format=${format}${query ? `&${query.slice(1)}` : ""}`} className="text-accent underline" download>
              {label}
            </a>
          );
        })}
      </p>

      <section aria-labelledby="claims-found" className="mt-8">
        <h2 id="claims-found" className="text-xl font-semibold">
          {messages.claimsHeading}
          {/* A count only when this one page holds every match. */}
          {!after && !claims.next ? `: ${messages.claimsFound(claims.items.length)}` : ""}
        </h2>
        {claims.items.length === 0 ? <p className="mt-2">{messages.noResults}</p> : null}
        <ul className="mt-2 divide-y divide-gray-200" data-testid="claim-results">
          {claims.items.map((claim) => (
            <li key={claim.slug} className="py-3">
              <VerdictLabel locale={locale} rating={claim.rating} />
              <h3 className="mt-1 font-semibold">
                <Link href={localePath(locale, `/claims/${claim.slug}`)} className="hover:underline">
                  <HighlightedTerms text={claim.statement} terms={terms} />
                </Link>
              </h3>
              <p className="text-sm" lang={claim.quoteLanguage}>
                “<HighlightedTerms text={claim.quoteOriginal.length > 240 ? `${claim.quoteOriginal.slice(0, 240)}…` : claim.quoteOriginal} terms={terms} />”
              </p>
              <p className="text-sm text-muted">
                {claim.speaker ? <HighlightedTerms text={claim.speaker.name} terms={terms} /> : messages.unattributed} · {formatLocaleDate(locale, claim.saidAt ?? claim.publishedAt)}
              </p>
            </li>
          ))}
        </ul>
        {claims.next || after ? (
          <nav aria-label={messages.claimsHeading} className="mt-3 flex gap-4 text-sm">
            {after ? (
              <Link href={localePath(locale, `/search${canonicalSearchQuery(filter)}`)} className="text-accent underline">
                {messages.firstResults}
              </Link>
            ) : null}
            {claims.next ? (
              <Link href={localePath(locale, `/search${canonicalSearchQuery(filter, claims.next)}`)} rel="next" className="text-accent underline" data-testid="older-claims">
                {messages.olderClaims} →
              </Link>
            ) : null}
          </nav>
        ) : null}
      </section>

      {filter.q && !claimFiltered && !after ? (
        <section aria-labelledby="entries-found" className="mt-8">
          <h2 id="entries-found" className="text-xl font-semibold">
            {messages.entriesHeading}
            {entries.length <= ENTRY_LIMIT ? `: ${messages.entriesFound(entries.length)}` : ""}
          </h2>
          <ul className="mt-2 divide-y divide-gray-200" data-testid="entry-results">
            {entries.slice(0, ENTRY_LIMIT).map((entry) => (
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
      ) : null}
    </>
  );
}
