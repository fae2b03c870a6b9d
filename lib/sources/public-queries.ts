import "server-only";
import { getDb, type Db } from "../db/client";
import { publicClaimWhere } from "../claims/status";

/**
 * A source as readers see it: only one that a published claim quotes or cites as evidence
 * (the desk imports far more than it publishes), with its entries in order.
 */
export async function findPublicSource(options: { db?: Db; id: string }) {
  const db = options.db ?? getDb();
  return db.source.findFirst({
    where: {
      id: options.id,
      entries: { some: { OR: [{ claims: { some: publicClaimWhere } }, { evidenceLinks: { some: { claim: publicClaimWhere } } }] } },
    },
    select: {
      id: true, title: true, url: true, kind: true, language: true, publishedAt: true,
      outlet: { select: { name: true } },
      entries: { orderBy: { ordinal: "asc" }, select: { id: true, ordinal: true, postedAt: true, headline: true, text: true, language: true } },
    },
  });
}
