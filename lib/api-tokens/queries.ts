import "server-only";
import { getDb, type Db } from "../db/client";

/** A user's API tokens, newest first, as the desk lists them (never the token itself: only its hash is kept). */
export async function findApiTokens(options: { db?: Db; userId: string }) {
  const db = options.db ?? getDb();
  return db.apiToken.findMany({
    where: { userId: options.userId },
    orderBy: { createdAt: "desc" },
    select: { id: true, name: true, scope: true, prefix: true, expiresAt: true, lastUsedAt: true, revokedAt: true, createdAt: true },
  });
}
