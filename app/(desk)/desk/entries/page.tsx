import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/messages";
import { searchEntries } from "@/lib/entries/queries";
import { HighlightedTerms } from "@/components/ui/highlighted-terms";
import { isEmptySearch, parseSearch } from "@/lib/search/parse";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.entries"))("title") };
}

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function EntriesPage({ searchParams }: Props) {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const [t, locale] = [await getTranslations("desk"), await getLocale()];
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw ?? "").slice(0, 200);
  const empty = isEmptySearch(parseSearch(query));
  const { hits, highlight } = await searchEntries({ query });
  return (
    <>
      <h1 className="text-2xl font-bold">{t("entries.title")}</h1>
      <form role="search" className="mt-4 flex gap-2" action="/desk/entries">
        <label htmlFor="q" className="sr-only">
          {t("entries.searchLabel")}
        </label>
        <input id="q" name="q" defaultValue={query} placeholder={t("entries.searchPlaceholder")} className="w-full rounded border border-gray-400 px-3 py-2" />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
          {t("entries.search")}
        </button>
      </form>
      {query && empty ? <p className="mt-4">{t("entries.tooShort")}</p> : null}
      {!empty ? (
        <p className="mt-4 text-sm text-muted" aria-live="polite">
          {hits.length === 0 ? t("entries.noMatch") : t(hits.length === 50 ? "entries.matchMore" : "entries.match", { n: hits.length })}
        </p>
      ) : null}
      <ol className="mt-2 space-y-3">
        {hits.map((hit) => (
          <li key={hit.id} className="rounded border border-gray-200 bg-white p-3" data-testid="hit">
            <p className="text-xs text-muted">
              <Link href={`/desk/sources/${hit.sourceId}#entry-${hit.ordinal}`} className="underline">
                {hit.sourceTitle}
              </Link>{" "}
              · #{hit.ordinal}
              {hit.postedAt ? ` · ${hit.postedAt}` : ""} · {languageName(locale, hit.language)}
            </p>
            {hit.headline ? (
              <p className="font-semibold" lang={hit.language}>
                <HighlightedTerms text={hit.headline} terms={highlight} />
              </p>
            ) : null}
            <p lang={hit.language}>
              <HighlightedTerms text={hit.text.length > 600 ? `${hit.text.slice(0, 600)}…` : hit.text} terms={highlight} />
            </p>
          </li>
        ))}
      </ol>
    </>
  );
}
