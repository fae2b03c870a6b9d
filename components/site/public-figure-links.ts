import { localePath, type Locale } from "@/lib/i18n/locales";

type Linked = { entryId: string | null; sourceId: string | null; sourcePublic?: boolean; claimSlug: string | null };

/**
 * Where a public figure table's rows link: an entry's row to its source's page only when readers
 * may open that source, a claim's row to its verdict. One rule for the verdict page and the
 * quantity page; the entries are indexed once, not searched for every row of a long table.
 */
export function publicFigureLinks(locale: Locale, points: Linked[]) {
  const sources = new Map<string, string>();
  for (const point of points) {
    if (point.entryId && point.sourceId && point.sourcePublic && !sources.has(point.entryId)) sources.set(point.entryId, localePath(locale, `/sources/${point.sourceId}`));
  }
  return {
    entryHref: (entryId: string) => sources.get(entryId) ?? null,
    claimHref: (row: { claimSlug: string | null }) => (row.claimSlug ? localePath(locale, `/claims/${row.claimSlug}`) : null),
  };
}
