import { findSiteLogo } from "@/lib/identity/queries";

export const dynamic = "force-dynamic";

/** The logo the admin set (the desk's Site identity), for JSON-LD and whoever links it. */
export async function GET() {
  const logo = await findSiteLogo();
  if (!logo) return new Response("No logo has been set.", { status: 404, headers: { "Content-Type": "text/plain; charset=utf-8" } });
  return new Response(new Uint8Array(logo.bytes), { headers: { "Content-Type": logo.type, "Cache-Control": "public, max-age=300", "X-Content-Type-Options": "nosniff" } });
}
