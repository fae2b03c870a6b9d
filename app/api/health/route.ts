import { checkDatabase } from "@/lib/db/health";

export const dynamic = "force-dynamic";

export async function GET() {
  const database = await checkDatabase();
  return Response.json({ ok: database.ok, database: database.ok ? "up" : "down" }, { status: database.ok ? 200 : 503 });
}
