import { jsonError, jsonOk, withDatabaseErrors } from "@/lib/api/responses";
import { serializeClaim } from "@/lib/api/serialize";
import { publicGeneration, rememberPublicResult } from "@/lib/cache/public-results";
import { findPublishedClaim } from "@/lib/claims/public-queries";
import { TRANSLATION_LANGUAGES } from "@/lib/translations/fields";
import { localizeClaim } from "@/lib/translations/localize";

export const dynamic = "force-dynamic";

export const GET = withDatabaseErrors(async function GET(_request: Request, { params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const wanted = slug.slice(0, 200);
  // Read before the result: the answer names it, and the front door keeps it while it is current.
  const generation = await publicGeneration();
  const claim = await rememberPublicResult(`api claim ${wanted}`, async () => {
    const found = await findPublishedClaim({ slug: wanted });
    if (!found) return null;
    const [ru, ky] = await Promise.all(TRANSLATION_LANGUAGES.map((language) => localizeClaim(found, language)));
    return serializeClaim(found, { ru, ky });
  });
  if (!claim) return jsonError(404, `No published claim has the slug "${slug.slice(0, 80)}".`);
  return jsonOk(claim, generation);
});
