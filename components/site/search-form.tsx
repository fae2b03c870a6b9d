import Link from "next/link";
import { FILTER_KEYS, PUBLIC_QUOTE_LANGUAGES, type PublicFilter } from "@/lib/claims/public-filter";
import type { findFilterOptions } from "@/lib/claims/public-search";
import { canonicalSearchQuery } from "@/lib/claims/search-address";
import { localePath, pickLabel, type Locale } from "@/lib/i18n/locales";
import { getMessages, languageName } from "@/lib/i18n/messages";

const selectClass = "mt-1 block w-full rounded border border-gray-400 bg-white px-2 py-1.5 text-sm";

type Options = Awaited<ReturnType<typeof findFilterOptions>>;

/**
 * The reader's search box and its filters (folded away until one is in use); a plain GET form, no
 * scripts. `options`: the menus' choices, for a search with words those its matches hold
 * (lib/claims/search-page.ts).
 */
export function SearchForm({ locale, filter, options }: { locale: Locale; filter: PublicFilter; options: Options }) {
  const messages = getMessages(locale);
  const selects: { name: keyof PublicFilter; label: string; options: { value: string; label: string }[] }[] = [
    { name: "verdict", label: messages("filterVerdict"), options: options.ratings.map((rating) => ({ value: rating.key, label: pickLabel(locale, rating) })) },
    { name: "speaker", label: messages("filterSpeaker"), options: options.speakers.map((speaker) => ({ value: speaker.slug, label: speaker.name })) },
    { name: "tag", label: messages("filterTag"), options: options.tags.map((tag) => ({ value: tag.slug, label: tag.label })) },
    { name: "quantity", label: messages("filterQuantity"), options: options.quantities.map((quantity) => ({ value: quantity.key, label: pickLabel(locale, quantity) })) },
    { name: "language", label: messages("filterLanguage"), options: PUBLIC_QUOTE_LANGUAGES.map((language) => ({ value: language, label: languageName(locale, language) })) },
  ];
  // The filters in use, the words searched for aside.
  const activeFilters = FILTER_KEYS.filter((key) => key !== "q" && filter[key]).length;
  return (
    <form method="get" action={localePath(locale, "/search")} role="search" className="mt-4">
      <label htmlFor="q" className="block text-sm font-semibold">
        {messages("searchLabel")}
      </label>
      <div className="mt-1 flex gap-2">
        <input id="q" name="q" type="search" defaultValue={filter.q ?? ""} maxLength={200} aria-describedby="q-hint" className="w-full rounded border border-gray-400 px-3 py-2" />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
          {messages("searchButton")}
        </button>
      </div>
      <p id="q-hint" className="mt-1 text-sm text-muted">
        {messages("searchHint")}
      </p>
      {/* Folded away until a filter is in use, so on a phone the results are not below seven fields. */}
      <details open={activeFilters > 0} className="mt-4" data-testid="filters">
        <summary className="cursor-pointer text-sm font-semibold">{activeFilters > 0 ? `${messages("filters")} (${activeFilters})` : messages("filters")}</summary>
        <fieldset className="mt-2 grid gap-3 sm:grid-cols-3 lg:grid-cols-4">
          <legend className="sr-only">{messages("filters")}</legend>
          {/* A menu the search's matches leave empty is not shown, unless it is in use. */}
          {selects.filter((select) => select.options.length > 0 || filter[select.name]).map((select) => (
            <div key={select.name}>
              <label htmlFor={`filter-${select.name}`} className="text-sm">
                {select.label}
              </label>
              <select id={`filter-${select.name}`} name={select.name} defaultValue={String(filter[select.name] ?? "")} className={selectClass}>
                <option value="">{messages("filterAny")}</option>
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
                {name === "from" ? messages("filterFrom") : messages("filterTo")}
              </label>
              <input id={`filter-${name}`} name={name} type="date" defaultValue={filter[name] ?? ""} className={selectClass} />
            </div>
          ))}
        </fieldset>
        <div className="mt-3 flex gap-4">
          <button type="submit" className="rounded border border-gray-400 px-3 py-1.5 text-sm font-semibold">
            {messages("applyFilters")}
          </button>
          {activeFilters > 0 ? (
            <Link href={localePath(locale, `/search${canonicalSearchQuery({ q: filter.q })}`)} className="self-center text-sm underline">
              {messages("clearFilters")}
            </Link>
          ) : null}
        </div>
      </details>
    </form>
  );
}
