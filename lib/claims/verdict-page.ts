import "server-only";
import { rememberPublicResult } from "../cache/public-results";
import { findPublicSourceIds, findQuantityTimeline } from "../figures/queries";
import { sampleTimeline } from "../figures/sample";
import { findPublicRepeats, findPublishedClaim } from "./public-queries";

const TIMELINE_LIMIT = 60;
const TIMELINE_TTL_MS = 10 * 60_000;

export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof findPublishedClaim>>>;

/**
 * Everything a verdict page reads: the claim, its quantity's timeline sampled for a phone, and
 * which of the sampled figures' sources readers may open. Null when no published claim has the slug.
 */
export async function findVerdictPage(options: { slug: string }) {
  const claim = await findPublishedClaim({ slug: options.slug });
  if (!claim) return null;
  // Every verdict on one quantity shows the same public timeline: read once, kept until an editor's change.
  const quantityKey = claim.quantity?.key;
  const timeline = quantityKey ? await rememberPublicResult(`timeline ${quantityKey}`, () => findQuantityTimeline({ key: quantityKey, publicOnly: true, sourceVisibility: false }), { ttlMs: TIMELINE_TTL_MS }) : null;
  // A verdict page is read on phones: a long timeline is sampled here and shown whole on the quantity's page.
  const sample = timeline ? sampleTimeline(timeline.points, TIMELINE_LIMIT, claim.id) : [];
  const publicSources = await findPublicSourceIds({ sourceIds: [...new Set(sample.flatMap((point) => (point.sourceId ? [point.sourceId] : [])))] });
  const shown = sample.map((point) => ({ ...point, sourcePublic: point.sourceId ? publicSources.has(point.sourceId) : false }));
  const conflicted = new Set(timeline?.conflicts.flatMap((conflict) => conflict.ids) ?? []);
  const repeats = await findPublicRepeats({ claimId: claim.id, since: claim.publishedAt });
  return { claim, timeline: timeline ? { total: timeline.points.length, shown, conflicted } : null, repeats };
}
