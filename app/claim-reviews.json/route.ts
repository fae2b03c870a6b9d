import { buildClaimReviewFeed } from "@/lib/feeds/verdict-items";

export const dynamic = "force-dynamic";

export async function GET() {
  return Response.json(await buildClaimReviewFeed(), { headers: { "Content-Type": "application/ld+json; charset=utf-8", "Cache-Control": "public, max-age=60" } });
}
