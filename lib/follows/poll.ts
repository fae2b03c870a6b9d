import { createHash } from "node:crypto";
import type { Db, Tx } from "../db/client";
import { FieldError, inEnglish, UserFacingError } from "../errors";
import { refusal, said } from "../i18n/refusals";
import { recordAudit } from "../audit/record-audit";
import { reviseEntry } from "../entries/mutations";
import { contentHash } from "../text/hash";
import { cleanPost, entryOf, toEntryInput } from "../sources/parse";
import { addEntries, IMPORT_LOCK, keepDroppedRepeats } from "../sources/mutations";
import { languageSchema } from "../sources/schema";
import { fetchFollowed, type FetchLimits } from "./fetch";
import { readFollowed, type FollowedPost } from "./read";

/**
 * One poll of a followed feed or channel (issue 18): fetch what is new since the last poll
 * (conditional GET), then, in one transaction, add each post not seen before as an entry of the
 * follow's source (made at the first poll that brings anything) and bring each edited post's
 * entry up to date as an editor's correction would (figures read again, quotes and evidence
 * anchored again). A failure keeps every earlier entry, is told in words, and pushes the next
 * poll back (twice the interval per failure in a row, at most six hours).
 */
const MAX_BACKOFF_SECONDS = 6 * 60 * 60;
const EDIT_REASON = "The post was edited where it was published; the followed feed brought the new text.";

export type PollOutcome = { ok: true; added: number; updated: number; notModified: boolean; sourceId: string | null } | { ok: false; error: string };

export function backoffSeconds(intervalSeconds: number, failures: number): number {
  return Math.min(intervalSeconds * 2 ** Math.min(failures, 10), MAX_BACKOFF_SECONDS);
}


/** What a poll brought, kept to be said in each reader's language ("1 new entry, 1 entry updated"). */
function describe(added: number, updated: number, kept: number): string {
  const parts = [added ? refusal("follows.added", { n: added }) : null, updated ? refusal("follows.updated", { n: updated }) : null, kept ? refusal("follows.kept", { n: kept }) : null].filter((part) => part !== null);
  if (parts.length === 0) return said("follows.nothingNew");
  const [a, b, c] = parts;
  return parts.length === 1 ? said("follows.list.one", { a }) : parts.length === 2 ? said("follows.list.two", { a, b }) : said("follows.list.three", { a, b, c });
}

function postHash(post: FollowedPost): string {
  return contentHash(`${post.headline ?? ""}\n${post.text}`);
}

type FollowRow = { id: string; url: string; kind: "FEED" | "TELEGRAM"; sourceId: string | null; title: string | null; outlet: string | null; language: string | null; createdById: string | null };

/** Makes the follow's source, the first time a poll brings something to put in it. */
async function sourceFor(tx: Tx, follow: FollowRow, documentTitle: string | null, language: string, firstBody: string): Promise<string> {
  if (follow.sourceId) return follow.sourceId;
  const outlet = follow.outlet ? await tx.outlet.upsert({ where: { name: follow.outlet }, update: {}, create: { name: follow.outlet }, select: { id: true } }) : null;
  const source = await tx.source.create({
    data: {
      title: (follow.title ?? documentTitle ?? follow.url).slice(0, 300),
      outletId: outlet?.id ?? null,
      kind: follow.kind === "TELEGRAM" ? "SOCIAL_POST" : "LIVE_BLOG",
      url: follow.url,
      language,
      rawText: firstBody,
      // One source per followed address, however its answers change.
      contentHash: createHash("sha256").update(`follow:${follow.url}`).digest("hex"),
      importedById: follow.createdById,
    },
    select: { id: true },
  });
  await tx.follow.update({ where: { id: follow.id }, data: { sourceId: source.id } });
  return source.id;
}

async function storePosts(db: Db, follow: FollowRow, document: ReturnType<typeof readFollowed>, body: string) {
  return db.$transaction(
    async (tx) => {
      await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
      // Oldest first, so entries are numbered in the order they were posted.
      const posts = [...new Map(document.posts.map((post) => [post.key, post])).values()]
        .map((post) => ({ ...post, ...cleanPost(post.text) }))
        .filter((post) => post.text)
        .sort((a, b) => (a.date?.getTime() ?? 0) - (b.date?.getTime() ?? 0));
      const seen = new Map(
        (await tx.followItem.findMany({ where: { followId: follow.id, key: { in: posts.map((post) => post.key) } }, select: { key: true, entryId: true, contentHash: true } })).map((item) => [item.key, item]),
      );
      const fresh = posts.filter((post) => !seen.has(post.key));
      const edited = posts.filter((post) => {
        const item = seen.get(post.key);
        return item?.entryId && item.contentHash !== postHash(post);
      });
      if (fresh.length === 0 && edited.length === 0) return { added: 0, updated: 0, kept: 0, sourceId: follow.sourceId };

      // The follow's language if the editor set one, else the feed's own where it is one Factlog knows.
      const language = languageSchema.safeParse(follow.language ?? document.language).data ?? null;
      let sourceId = follow.sourceId;
      let added = 0;
      let kept = 0;
      if (fresh.length) {
        const entries = fresh.map((post) =>
          toEntryInput(entryOf({ postedAt: post.postedAt, publishedAt: post.date, url: post.url ?? null, headline: post.headline ?? null, text: post.text }, 0, language ?? undefined)),
        );
        sourceId = await sourceFor(tx, follow, document.title, language ?? entries[0].language, body);
        const source = await tx.source.findUniqueOrThrow({ where: { id: sourceId }, select: { publishedAt: true } });
        const result = await addEntries(tx, { sourceId, sourceDate: source.publishedAt, entries });
        await keepDroppedRepeats(tx, sourceId, result.repeats);
        const entryAt = new Map(result.entries.map((entry) => [entry.index, entry.id]));
        await tx.followItem.createMany({
          data: fresh.map((post, index) => ({ followId: follow.id, key: post.key, entryId: entryAt.get(index) ?? null, contentHash: postHash(post) })),
        });
        added = result.entries.length;
        kept = result.repeats.length;
      }
      let updated = 0;
      for (const post of edited) {
        const item = seen.get(post.key)!;
        try {
          await reviseEntry(tx, { entryId: item.entryId!, text: post.text, headline: post.headline ?? null, actorId: null, reason: EDIT_REASON });
          updated += 1;
        } catch (error) {
          // Only the feed's markup changed, or the entry is gone: nothing to bring up to date.
          if (!(error instanceof FieldError)) throw error;
        }
        await tx.followItem.update({ where: { followId_key: { followId: follow.id, key: post.key } }, data: { contentHash: postHash(post) } });
      }
      if (sourceId && (added || updated)) {
        await recordAudit(tx, { actorId: null, entityType: "Source", entityId: sourceId, action: "follow-poll", after: { followId: follow.id, url: follow.url, added, updated, kept } });
      }
      return { added, updated, kept, sourceId };
    },
    { timeout: 120_000, maxWait: 30_000 },
  );
}

export async function pollFollow(options: { db: Db; followId: string; ownOrigins: string[]; limits?: FetchLimits; now?: () => Date }): Promise<PollOutcome | null> {
  const { db } = options;
  const now = options.now ?? (() => new Date());
  const follow = await db.follow.findUnique({
    where: { id: options.followId },
    select: { id: true, url: true, kind: true, sourceId: true, title: true, outlet: true, language: true, createdById: true, state: true, intervalSeconds: true, allowPrivate: true, etag: true, lastModified: true, failures: true },
  });
  if (!follow || follow.state !== "ACTIVE") return null;
  // One moment per poll: its time, and its next time counted from it.
  const polledAt = now();
  const after = (seconds: number) => new Date(polledAt.getTime() + seconds * 1000);
  try {
    const fetched = await fetchFollowed(follow.url, { etag: follow.etag, lastModified: follow.lastModified, allowPrivate: follow.allowPrivate, ownOrigins: options.ownOrigins, limits: options.limits });
    if (fetched.notModified) {
      await db.follow.update({
        where: { id: follow.id },
        data: { lastPolledAt: polledAt, lastSuccessAt: polledAt, lastOutcome: said("follows.notModified"), lastError: null, failures: 0, nextPollAt: after(follow.intervalSeconds) },
      });
      return { ok: true, added: 0, updated: 0, notModified: true, sourceId: follow.sourceId };
    }
    const document = readFollowed(follow.kind, fetched.body);
    const stored = await storePosts(db, follow, document, fetched.body);
    await db.follow.update({
      where: { id: follow.id },
      data: {
        etag: fetched.etag,
        lastModified: fetched.lastModified,
        title: follow.title ?? document.title?.slice(0, 300) ?? null,
        lastPolledAt: polledAt,
        lastSuccessAt: polledAt,
        lastOutcome: describe(stored.added, stored.updated, stored.kept),
        lastError: null,
        failures: 0,
        nextPollAt: after(follow.intervalSeconds),
      },
    });
    return { ok: true, added: stored.added, updated: stored.updated, notModified: false, sourceId: stored.sourceId };
  } catch (error) {
    // Whatever went wrong, the follow says so and tries again later; its earlier entries stay.
    const reason = error instanceof UserFacingError ? (error.refusal ?? error.message) : refusal("follows.pollCrashed", { detail: (error as Error).message });
    const failures = follow.failures + 1;
    const wait = backoffSeconds(follow.intervalSeconds, failures);
    await db.follow.update({
      where: { id: follow.id },
      data: { lastPolledAt: polledAt, lastError: said("follows.pollFailed", { reason, unit: wait >= 3600 ? "hours" : "minutes", hours: Math.round(wait / 360) / 10, minutes: Math.round(wait / 60) }), failures, nextPollAt: after(wait) },
    });
    return { ok: false, error: inEnglish(reason) };
  }
}
