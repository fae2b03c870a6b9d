import { jsonError, jsonOk, queryParams, withDatabaseErrors } from "@/lib/api/responses";
import { serializeClaimItem } from "@/lib/api/serialize";
import { decodeCursor, encodeCursor, FILTER_KEYS, parseFilterStrictly, parseLimit } from "@/lib/claims/public-filter";
import { claimsListShows, findPublicClaims } from "@/lib/claims/public-search";
import { madeAsOf, publicGeneration, rememberPublicResult } from "@/lib/cache/public-results";

export const dynamic = "force-dynamic";

const KNOWN = new Set<string>([...FILTER_KEYS, "limit", "cursor"]);

export const GET = withDatabaseErrors(async function GET(request: Request) {
  const params = queryParams(request);
  const unknown = Object.keys(params).find((name) => !KNOWN.has(name));
  if (unknown) return jsonError(400, `Unknown parameter "${unknown.slice(0, 40)}". Known parameters: ${[...KNOWN].join(", ")}.`);
  const filter = parseFilterStrictly(params);
  if (!filter.ok) return jsonError(400, filter.message);
  const limit = parseLimit(params.limit);
  if (!limit.ok) return jsonError(400, limit.message);
  const cursor = params.cursor ? decodeCursor(params.cursor) : null;
  if (params.cursor && !cursor) return jsonError(400, 'The parameter "cursor" is not one this API gave out; pass the "next" value of the previous page unchanged.');
  // Remembered like the reader's search, and stale after any change readers could see but a
  // correction of a claim it does not list (claimsListShows).
  const key = `api claims ${JSON.stringify(filter.value)} ${limit.value} ${cursor ? encodeCursor(cursor) : ""}`;
  // Read before the result: the answer names it, and the front door keeps it while it is current.
  const generation = await publicGeneration();
  const asOf = madeAsOf();
  const { body, shows } = await rememberPublicResult(
    key,
    async () => {
      const page = await findPublicClaims({ filter: filter.value, cursor, limit: limit.value });
      return { body: { items: page.items.map(serializeClaimItem), next: page.next ? encodeCursor(page.next) : null }, shows: claimsListShows(filter.value, page.items) };
    },
    { shows: (result) => result.shows, made: asOf.lower },
  );
  return jsonOk(body, asOf.at(generation), shows);
});
