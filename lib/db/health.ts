import "server-only";
import { getDb } from "./client";

export async function checkDatabase(): Promise<{ ok: boolean }> {
  try {
    await getDb().$queryRaw`SELECT 1`;
    return { ok: true };
  } catch {
    return { ok: false };
  }
}
