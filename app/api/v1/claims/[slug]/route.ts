import { jsonError, jsonOk, withDatabaseErrors } from "@/lib/api/responses";
import { serializeClaim } from "@/lib/api/serialize";
import { shownBy } from "@/lib/cache/generation.cjs";
import { madeAsOf, publicGeneration, rememberPublicResult } from "@/lib/cache/public-results";
import { findPublishedClaim } from "@/lib/claims/public-queries";
import { TRANSLATION_LANGUAGES } from "@/lib/translations/fields";
import { localizeClaim } from "@/lib/translations/localize";

export const dynamic = "force-dynamic";

export const GET = withDatabaseErrors(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const wanted = slug.slice(0, 200);
  // Read before the result: the answer names it, and the front door keeps it while it is current.
  const generation = await publicGeneration();
  const asOf = madeAsOf();
  // It shows its one claim (its evidence, sources and translations change only with changes to anything).
  const found = await rememberPublicResult(
    `api claim ${wanted}`,
    async () => {
      const claim = await findPublishedClaim({ slug: wanted });
      if (!claim) return null;
      const [ru, ky] = await Promise.all(TRANSLATION_LANGUAGES.map((language) => localizeClaim(claim, language)));
      return { body: serializeClaim(claim, { ru, ky }), shows: shownBy({ claimIds: [claim.id] }) };
    },
    { shows: (result) => result?.shows ?? null, made: asOf.lower },
  );
  if (!found) return jsonError(404, `No published claim has the slug "${slug.slice(0, 80)}".`);
  return jsonOk(found.body, asOf.at(generation), found.shows);
});
