import type { Metadata } from "next";
import { LanguageLinks } from "@/components/site/language-links";
import { SearchForm } from "@/components/site/search-form";
import { ClaimResults, EntryResults } from "@/components/site/search-results";
import { canonicalSearchQuery, searchFromKey } from "@/lib/claims/search-address";
import { ENTRY_LIMIT, findSearchPage } from "@/lib/claims/search-page";
import { localizeList } from "@/lib/translations/localize";
import { OUTAGE, unlessOutage } from "@/lib/db/outage";
import { getMessages } from "@/lib/i18n/messages";
import { localizeTags } from "@/lib/translations/localize";
import { pageMetadata, resolveLocale } from "@/lib/i18n/page";

// Readers reach this page as /search?…, which proxy.ts rewrites to /<locale>/search/<key> (see
// lib/claims/search-address.ts): each distinct search is rendered once and kept in the page
// cache as a document until an editor's change, like a verdict page.
export const revalidate = 3600;

export async function generateStaticParams() {
  return [];
}

type Props = { params: Promise<{ locale: string; query: string }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await resolveLocale(params);
  return { ...pageMetadata({ locale, path: "/search", title: getMessages(locale)("searchTitle") }), robots: { index: false, follow: true } };
}

export default async function SearchPage({ params }: Props) {
  const locale = await resolveLocale(params);
  const messages = getMessages(locale);
  // Anything malformed in the address is dropped: a search page never fails on its query.
  const { filter, after } = searchFromKey((await params).query);
  // The database down: say so on the page itself, in the reader's language, without scripts.
  const found = await unlessOutage(() => findSearchPage({ filter, after }));
  if (found === OUTAGE) {
    return (
      <>
        <h1 className="mt-4 text-3xl font-bold">{messages("searchTitle")}</h1>
        {/* data-no-store: the page cache never keeps this page (lib/cache/page-cache-handler.cjs). */}
        <p role="alert" className="mt-4 border-l-4 border-amber-500 bg-amber-50 p-3" data-testid="search-unavailable" data-no-store="">
          {messages("searchUnavailable")}
        </p>
      </>
    );
  }
  const { entries, showsEntries, shows, made } = found;
  // Tag names in the reader's language where a reviewer approved them.
  const filterOptions = { ...found.filterOptions, tags: await localizeTags(found.filterOptions.tags, locale) };
  // Each statement in the reader's language where a reviewed translation exists.
  const claims = { ...found.claims, items: await localizeList(found.claims.items, locale) };
  return (
    <>
      <LanguageLinks locale={locale} path={`/search${canonicalSearchQuery(filter)}`} />
      {/* data-cache-shows: the claims this search shows; data-cache-made: made from results remembered from before a publication. Read by the page cache (lib/cache/page-cache-handler.cjs). */}
      <h1 className="mt-4 text-3xl font-bold" data-cache-shows={shows} data-cache-made={made}>
        {messages("searchTitle")}
      </h1>
      <SearchForm locale={locale} filter={filter} options={filterOptions} />

      <p className="mt-6 flex flex-wrap gap-x-4 gap-y-1 text-sm" data-testid="downloads">
        <span className="font-semibold">{messages("download")}:</span>
        {(["csv", "xlsx", "json", "claimreview", "report"] as const).map((format) => {
          const query = canonicalSearchQuery(filter);
          return (
            <a key={format} href={`/exports/claims?format=${format}${query ? `&${query.slice(1)}` : ""}`} className="text-accent underline" download>
              {messages(`downloadFormats.${format}`)}
            </a>
          );
        })}
      </p>

      <ClaimResults locale={locale} filter={filter} claims={claims} after={after} />

      {/* Counts are shown only where the page holds every match. */}
      {showsEntries ? <EntryResults locale={locale} entries={entries.hits} terms={entries.highlight} limit={ENTRY_LIMIT} /> : null}
    </>
  );
}
