import Link from "next/link";
import { searchEntries } from "@/lib/entries/queries";
import { HighlightedTerms } from "@/components/ui/highlighted-terms";
import { isEmptySearch, parseSearch } from "@/lib/search/parse";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export const metadata = { title: "Search entries" };

type Props = { searchParams: Promise<{ q?: string | string[] }> };

export default async function EntriesPage({ searchParams }: Props) {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const raw = (await searchParams).q;
  const query = (Array.isArray(raw) ? raw[0] : raw ?? "").slice(0, 200);
  const empty = isEmptySearch(parseSearch(query));
  const { hits, highlight } = await searchEntries({ query });
  return (
    <>
      <h1 className="text-2xl font-bold">Search entries</h1>
      <form role="search" className="mt-4 flex gap-2" action="/desk/entries">
        <label htmlFor="q" className="sr-only">
          Words to find, in Kyrgyz, Russian or English
        </label>
        <input id="q" name="q" defaultValue={query} placeholder="Токаев, задержаны, detained…" className="w-full rounded border border-gray-400 px-3 py-2" />
        <button type="submit" className="rounded bg-accent px-4 py-2 font-semibold text-white">
          Search
        </button>
      </form>
      {query && empty ? <p className="mt-4">Type at least one word of two letters or more.</p> : null}
      {!empty ? (
        <p className="mt-4 text-sm text-muted" aria-live="polite">
          {hits.length === 0 ? "No entries match." : `${hits.length}${hits.length === 50 ? "+" : ""} entries match.`}
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
              {hit.postedAt ? ` · ${hit.postedAt}` : ""} · {hit.language}
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
