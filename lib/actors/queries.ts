import "server-only";
import { getDb, type Db } from "../db/client";
import { Prisma } from "../db/generated/client";
import { attributionPhrases } from "../text/attribution";
import { sqlSpeakerLikeness, SPEAKER_LIKENESS } from "./speaker-match-sql";
import { slugify } from "../text/slug";
import { publicClaimWhere } from "../claims/status";

export type ActorOption = { id: string; name: string; aliases: string[]; title: string | null; kind: "PERSON" | "ORGANISATION" };

/**
 * Speakers matching what an editor typed, in any script: the name, any alias ("Токаев",
 * "Тоқаев"), the transliterated slug, or a near spelling (trigram word similarity).
 */
export async function findActors(options: { db?: Db; query: string; limit?: number }): Promise<ActorOption[]> {
  const db = options.db ?? getDb();
  const query = options.query.normalize("NFC").trim().slice(0, 100);
  const limit = options.limit ?? 10;
  if (!query) {
    return db.actor.findMany({ orderBy: { name: "asc" }, take: limit, select: { id: true, name: true, aliases: true, title: true, kind: true } });
  }
  const pattern = `%${query.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  const slugPattern = `%${slugify(query)}%`;
  return db.$queryRaw<ActorOption[]>`
    SELECT a."id", a."name", a."aliases", a."title", a."kind"::text AS "kind"
      FROM "Actor" a
     WHERE a."name" ILIKE ${pattern}
        OR EXISTS (SELECT 1 FROM unnest(a."aliases") alias WHERE alias ILIKE ${pattern})
        OR a."slug" LIKE ${slugPattern}
        OR word_similarity(${query}, a."name" || ' ' || array_to_string(a."aliases", ' ')) >= 0.5
     ORDER BY word_similarity(${query}, a."name" || ' ' || array_to_string(a."aliases", ' ')) DESC, a."name"
     LIMIT ${limit}`;
}

/**
 * The likely speaker of a quote from this text: first the speaker its attribution names ("…, the
 * interior ministry said", «по данным МВД»), matched as the picker matches a typed name (any
 * spelling, near spellings, in either direction); else anyone the text names by a spelling.
 */
export async function guessSpeaker(options: { db?: Db; text: string }): Promise<ActorOption | null> {
  const db = options.db ?? getDb();
  // One query for the first few attributions: the earliest phrase that names a speaker wins.
  const phrases = attributionPhrases(options.text).slice(0, 4);
  if (phrases.length) {
    const [match] = await db.$queryRaw<ActorOption[]>`
      SELECT a."id", a."name", a."aliases", a."title", a."kind"::text AS "kind"
        FROM unnest(${phrases}::text[]) WITH ORDINALITY AS p(phrase, position),
             "Actor" a, LATERAL (SELECT ${sqlSpeakerLikeness(Prisma.sql`p.phrase`)} AS score) s
       WHERE s.score >= ${SPEAKER_LIKENESS}
       ORDER BY p.position, s.score DESC, a."name"
       LIMIT 1`;
    if (match) return match;
  }
  const [mentioned] = await findActorsMentioned({ db, text: options.text, limit: 1 });
  return mentioned ?? null;
}

/** Speakers named in a text by any of their spellings: the likely speaker of a quote from it. */
export async function findActorsMentioned(options: { db?: Db; text: string; limit?: number }): Promise<ActorOption[]> {
  const db = options.db ?? getDb();
  return db.$queryRaw<ActorOption[]>`
    SELECT a."id", a."name", a."aliases", a."title", a."kind"::text AS "kind"
      FROM "Actor" a
     WHERE EXISTS (SELECT 1 FROM unnest(a."aliases" || a."name") spelling WHERE length(spelling) >= 3 AND strpos(lower(${options.text}), lower(spelling)) > 0)
     ORDER BY a."name"
     LIMIT ${options.limit ?? 5}`;
}

/** A speaker's public page: who they are, their published claims, and how those were rated. */
export async function findSpeakerPage(options: { db?: Db; slug: string }) {
  const db = options.db ?? getDb();
  const actor = await db.actor.findUnique({
    where: { slug: options.slug },
    select: {
      id: true, name: true, slug: true, title: true, aliases: true, kind: true,
      claims: {
        where: publicClaimWhere,
        orderBy: [{ publishedAt: "desc" }, { id: "desc" }],
        select: {
          id: true, slug: true, statement: true, verdictSummary: true, saidAt: true, publishedAt: true,
          rating: { select: { key: true, labelEn: true, labelRu: true, labelKy: true, colour: true, order: true } },
        },
      },
    },
  });
  // A speaker with nothing published has no public page.
  if (!actor || actor.claims.length === 0) return null;
  const tally = new Map<string, { rating: NonNullable<(typeof actor.claims)[number]["rating"]>; count: number }>();
  for (const claim of actor.claims) {
    if (!claim.rating) continue;
    const row = tally.get(claim.rating.key) ?? { rating: claim.rating, count: 0 };
    row.count += 1;
    tally.set(claim.rating.key, row);
  }
  return { ...actor, ratings: [...tally.values()].sort((a, b) => a.rating.order - b.rating.order) };
}
