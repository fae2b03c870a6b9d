import "server-only";
import { getDb } from "../db/client";

/** The desk's list of followed feeds and channels, with what each brought so far. */
export async function findFollows() {
  const follows = await getDb().follow.findMany({
    where: { state: { not: "STOPPED" } },
    orderBy: { createdAt: "desc" },
    select: {
      id: true, url: true, kind: true, title: true, state: true, intervalSeconds: true, allowPrivate: true, lastPolledAt: true, lastSuccessAt: true,
      lastOutcome: true, lastError: true, failures: true, nextPollAt: true, sourceId: true,
      source: { select: { title: true, _count: { select: { entries: true } } } },
    },
  });
  const stopped = await getDb().follow.findMany({
    where: { state: "STOPPED" },
    orderBy: { updatedAt: "desc" },
    take: 50,
    select: { id: true, url: true, title: true, sourceId: true, updatedAt: true, source: { select: { _count: { select: { entries: true } } } } },
  });
  return { follows, stopped };
}
