import { jsonError, jsonOk, withDatabaseErrors } from "@/lib/api/responses";
import { serializeQuantity } from "@/lib/api/serialize";
import { madeAsOf, publicGeneration, rememberPublicResult } from "@/lib/cache/public-results";
import { findQuantityTimeline } from "@/lib/figures/queries";

export const dynamic = "force-dynamic";

export const GET = withDatabaseErrors(async function GET(_request: Request, { params }: { params: Promise<{ key: string }> }) {
  const { key } = await params;
  const wanted = key.slice(0, 200);
  // Read before the result: the answer names it, and the front door keeps it while it is current.
  const generation = await publicGeneration();
  const asOf = madeAsOf();
  const quantity = await rememberPublicResult(`api quantity ${wanted}`, async () => {
    const timeline = await findQuantityTimeline({ key: wanted, publicOnly: true });
    // As on the reader's site: a quantity without a published claim is the desk's work in progress.
    if (!timeline || !timeline.points.some((point) => point.kind === "claim")) return null;
    const conflicted = new Set(timeline.conflicts.flatMap((conflict) => conflict.ids));
    return serializeQuantity(timeline.quantity, timeline.points, conflicted);
  }, { made: asOf.lower });
  if (!quantity) return jsonError(404, `No published quantity has the key "${key.slice(0, 80)}".`);
  return jsonOk(quantity, asOf.at(generation));
});
