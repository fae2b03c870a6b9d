import "server-only";
import { getReaderDb, type Db } from "../db/client";
import { publicClaimWhere } from "../claims/status";
import { sqlSourceIsPublic } from "../claims/status-sql";
import { findPublicQuantities } from "../figures/queries";
import type { SitemapPage } from "./sitemap";

const FIXED: SitemapPage[] = [{ path: "/" }, { path: "/quantities" }, { path: "/how-we-check" }];

/** The sitemap's pages besides verdicts: the fixed ones, and every speaker, quantity and source page readers can open. */
export async function findSitemapPages(options: { db?: Db } = {}): Promise<SitemapPage[]> {
  const db = options.db ?? getReaderDb();
  const [speakers, quantities, sources] = await Promise.all([
    db.actor.findMany({ where: { claims: { some: publicClaimWhere } }, orderBy: { slug: "asc" }, select: { slug: true } }),
    findPublicQuantities({ db }),
    db.$queryRaw<{ id: string }[]>`SELECT s."id" FROM "Source" s WHERE ${sqlSourceIsPublic('s."id"')} ORDER BY s."id"`,
  ]);
  return [
    ...FIXED,
    ...speakers.map((speaker) => ({ path: `/speakers/${speaker.slug}` })),
    ...quantities.map((quantity) => ({ path: `/quantities/${quantity.key}`, ...(quantity.latest ? { modified: quantity.latest } : {}) })),
    ...sources.map((source) => ({ path: `/sources/${source.id}` })),
  ];
}
