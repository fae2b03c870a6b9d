import "server-only";
import { formatShows, shownBy } from "../cache/generation.cjs";
import { madeAsOf, rememberPublicResult } from "../cache/public-results";
import { getReaderDb } from "../db/client";
import { findQuantityFigures, findTimelineOutline } from "../figures/queries";
import { sampleTimeline } from "../figures/sample";
import { findPublicRepeats, findPublishedClaim } from "./public-queries";

const TIMELINE_LIMIT = 60;
const TIMELINE_TTL_MS = 10 * 60_000;

export type PublishedClaim = NonNullable<Awaited<ReturnType<typeof findPublishedClaim>>>;

/**
 * Everything a verdict page reads: the claim, its quantity's timeline sampled for a phone, and
 * which of the sampled figures' sources readers may open; and what the page shows, for the caches
 * (`shows`: its claim and each claim whose figure its timeline shows, with that claim's status and
 * words; a correction of any other claim leaves the page current, lib/cache/generation.cjs), and
 * `made` when its timeline was one remembered from before a publication (madeAsOf). Null
 * when no published claim has the slug.
 */
export async function findVerdictPage(options: { slug: string }) {
  const claim = await findPublishedClaim({ slug: options.slug });
  if (!claim) return null;
  // Every verdict on one quantity shows the same public timeline: its outline read once, kept until a change to anything.
  const quantityKey = claim.quantity?.key;
  const asOf = madeAsOf();
  // The outline holds the figures' values and times and which claims are public, none of which a
  // correction changes (lib/cache/generation.cjs): it shows nothing a correction touches.
  const outline = quantityKey
    ? await rememberPublicResult(`timeline outline ${quantityKey}`, () => findTimelineOutline({ key: quantityKey }), { ttlMs: TIMELINE_TTL_MS, shows: [], made: asOf.lower })
    : null;
  // A verdict page is read on phones: a long timeline is sampled here and shown whole on the quantity's page.
  const sample = outline ? sampleTimeline(outline.points, TIMELINE_LIMIT, claim.id) : [];
  // The sampled figures read whole, in the sample's order, with whether readers may open their sources.
  const read = new Map((await findQuantityFigures(getReaderDb(), { ids: sample.map((point) => point.id) }, { publicOnly: true, sourceVisibility: true })).map((point) => [point.id, point]));
  const shown = sample.flatMap((point) => read.get(point.id) ?? []);
  const conflicted = new Set(outline?.conflicted ?? []);
  const repeats = await findPublicRepeats({ claimId: claim.id, since: claim.publishedAt });
  const shows = formatShows(shownBy({ claimIds: [...new Set([claim.id, ...shown.filter((point) => point.kind === "claim").map((point) => point.id)])] }));
  return { claim, timeline: outline ? { total: outline.points.length, shown, conflicted } : null, repeats, shows, made: asOf.made() };
}
