import { FieldError, inEnglish } from "../errors";
import { recordRepeats } from "../claims/repeat-watch";
import { sqlSpeakerLikeness, SPEAKER_LIKENESS } from "../actors/speaker-match-sql";
import { Prisma } from "../db/generated/client";
import { createHash, randomUUID } from "node:crypto";
import type { Db, Tx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { contentHash } from "../text/hash";
import { dateNear } from "../text/dates";
import { createSourceSchema, type CreateSourceInput, type EntryInput } from "./schema";

/**
 * Stores a source with its entries and figure mentions in one transaction: it lands whole or
 * not at all. The same raw text imported again returns the existing source unchanged.
 */
// Imports take this lock so two of them never both let the same post in.
export const IMPORT_LOCK = 7240517;
const CHUNK = 5000;

export type CreateSourceResult = { id: string; created: boolean; entries: number; figures: number; duplicatesAcrossSources: number };

export async function createSource(options: {
  db: Db;
  actorId: string | null;
  input: CreateSourceInput;
  /** Called as entries are written: (written, total). */
  onProgress?: (written: number, total: number) => void | Promise<void>;
}): Promise<CreateSourceResult> {
  const parsed = createSourceSchema.safeParse(options.input);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new FieldError(`${issue.path.join(".") || "source"}: ${inEnglish(issue.message)}`, issue.path.join(".") || undefined);
  }
  const input = parsed.data;
  const hash = createHash("sha256").update(input.rawText).digest("hex");

  return options.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
    const existing = await tx.source.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (existing) return { id: existing.id, created: false, entries: 0, figures: 0, duplicatesAcrossSources: 0 };

    const outlet = input.outlet
      ? await tx.outlet.upsert({ where: { name: input.outlet.name }, update: {}, create: input.outlet, select: { id: true } })
      : null;
    const source = await tx.source.create({
      data: {
        title: input.title,
        outletId: outlet?.id ?? null,
        kind: input.kind,
        url: input.url,
        language: input.language,
        publishedAt: input.publishedAt,
        rawText: input.rawText,
        contentHash: hash,
        dropped: input.dropped,
        importedById: options.actorId,
      },
      select: { id: true, title: true, kind: true, language: true },
    });
    const added = await addEntries(tx, { sourceId: source.id, sourceDate: input.publishedAt ?? null, entries: input.entries, onProgress: options.onProgress });
    await keepDroppedRepeats(tx, source.id, added.repeats);
    await recordAudit(tx, {
      actorId: options.actorId,
      entityType: "Source",
      entityId: source.id,
      action: "import",
      after: { ...source, entries: added.entries.length, figures: added.figures, candidates: added.candidates, repeatsOfClaims: added.repeatsOfClaims, duplicatesAcrossSources: added.repeats.length },
    });
    return { id: source.id, created: true, entries: added.entries.length, figures: added.figures, duplicatesAcrossSources: added.repeats.length };
  }, { timeout: 300_000, maxWait: 30_000 });
}

export type AddedEntries = {
  /** The entries written, with their ids, in the order given. */
  entries: { id: string; contentHash: string; index: number }[];
  figures: number;
  candidates: number;
  repeatsOfClaims: number;
  /** Posts already in another source, kept once and so not written: what the desk shows as dropped. */
  repeats: { reason: string; text: string; source?: string; index: number }[];
};

/**
 * Writes entries (with their figures and spotted statements) after the last of a source's, inside
 * the caller's transaction, which holds IMPORT_LOCK: an import's whole file, or what a followed
 * feed brought since its last poll. Each figure's as-of date comes from its sentence, else from the
 * entry's own date, else the source's.
 */
export async function addEntries(
  tx: Tx,
  options: { sourceId: string; sourceDate: Date | null; entries: EntryInput[]; onProgress?: (written: number, total: number) => void | Promise<void> },
): Promise<AddedEntries> {
  const { sourceId } = options;
  // The same post already imported from another source (or an earlier import) is kept once.
  const hashed = options.entries.map((entry, index) => ({ ...entry, index, contentHash: contentHash(`${entry.headline ?? ""}\n${entry.text}`) }));
  const hashes = [...new Set(hashed.map((entry) => entry.contentHash))];
  const known = new Map(
    (
      await tx.$queryRaw<{ contentHash: string; title: string }[]>`
        SELECT e."contentHash", s."title" FROM "Entry" e JOIN "Source" s ON s."id" = e."sourceId"
         WHERE e."contentHash" = ANY(${hashes}::text[])`
    ).map((row) => [row.contentHash, row.title]),
  );
  const fresh = hashed.filter((entry) => !known.has(entry.contentHash));
  const repeats = hashed
    .filter((entry) => known.has(entry.contentHash))
    .map((entry) => ({ reason: "duplicate", text: [entry.headline, entry.text].filter(Boolean).join(" "), source: known.get(entry.contentHash), index: entry.index }));

  const quantityKeys = [...new Set(options.entries.flatMap((entry) => entry.figures.map((figure) => figure.quantityKey).filter(Boolean)))];
  const quantities = quantityKeys.length ? await tx.quantity.findMany({ where: { key: { in: quantityKeys as string[] } }, select: { id: true, key: true } }) : [];
  const quantityId = new Map(quantities.map((quantity) => [quantity.key, quantity.id]));

  const [{ last }] = await tx.$queryRaw<{ last: number }[]>`SELECT coalesce(max("ordinal"), 0)::int AS "last" FROM "Entry" WHERE "sourceId" = ${sourceId}`;
  // A few statements for the whole batch, however many entries: imports can be large.
  const entries = fresh.map((entry, at) => ({ ...entry, id: randomUUID(), ordinal: last + at + 1 }));
  const figures = entries.flatMap((entry) =>
    entry.figures.map(({ quantityKey, ...figure }) => {
      const field = figure.field === "headline" ? (entry.headline ?? "") : entry.text;
      if (field.slice(figure.start, figure.end) !== figure.text) {
        throw new FieldError(`entries.${entry.index}: the figure "${figure.text}" is not at ${figure.start}-${figure.end} of its ${figure.field}.`);
      }
      const asOf = dateNear(field, figure.start, entry.publishedAt ?? options.sourceDate);
      return { ...figure, asOf, entryId: entry.id, quantityId: quantityKey ? (quantityId.get(quantityKey) ?? null) : null };
    }),
  );
  // Bulk rows go in as arrays (one statement per chunk): through the ORM, 40,000 entries
  // took a minute of client-side serialisation; this takes seconds (docs/benchmarks.md).
  for (let offset = 0; offset < entries.length; offset += CHUNK) {
    const chunk = entries.slice(offset, offset + CHUNK);
    await tx.$executeRaw`
      INSERT INTO "Entry" ("id", "sourceId", "ordinal", "postedAt", "publishedAt", "url", "sourceEditedAt", "forwardedFrom", "headline", "text", "language", "contentHash")
      SELECT id, ${sourceId}, ordinal, posted, published, address, edited, forwarded, headline, body, language, hash
        FROM unnest(${chunk.map((entry) => entry.id)}::text[], ${chunk.map((entry) => entry.ordinal)}::int[],
                    ${chunk.map((entry) => entry.postedAt)}::varchar[], ${chunk.map((entry) => entry.publishedAt?.toISOString() ?? null)}::timestamptz[],
                    ${chunk.map((entry) => entry.url)}::text[], ${chunk.map((entry) => entry.sourceEditedAt?.toISOString() ?? null)}::timestamptz[],
                    ${chunk.map((entry) => entry.forwardedFrom)}::text[], ${chunk.map((entry) => entry.headline)}::text[],
                    ${chunk.map((entry) => entry.text)}::text[], ${chunk.map((entry) => entry.language)}::text[],
                    ${chunk.map((entry) => entry.contentHash)}::text[])
          AS t(id, ordinal, posted, published, address, edited, forwarded, headline, body, language, hash)`;
    await options.onProgress?.(Math.min(offset + CHUNK, entries.length), entries.length);
  }
  for (let offset = 0; offset < figures.length; offset += CHUNK) {
    const chunk = figures.slice(offset, offset + CHUNK);
    await tx.$executeRaw`
      INSERT INTO "FigureMention" ("id", "entryId", "field", "text", "value", "low", "high", "hedge", "hedgeWord", "unit", "start", "end", "asOf", "quantityId")
      SELECT id, entry, field, surface, value, low, high, hedge::"Hedge", hedge_word, unit, span_start, span_end, as_of, quantity
        FROM unnest(${chunk.map(() => randomUUID())}::text[], ${chunk.map((figure) => figure.entryId)}::text[],
                    ${chunk.map((figure) => figure.field)}::text[], ${chunk.map((figure) => figure.text)}::text[],
                    ${chunk.map((figure) => figure.value)}::float8[], ${chunk.map((figure) => figure.low)}::float8[],
                    ${chunk.map((figure) => figure.high)}::float8[], ${chunk.map((figure) => figure.hedge)}::text[], ${chunk.map((figure) => figure.hedgeWord)}::text[],
                    ${chunk.map((figure) => figure.unit)}::text[], ${chunk.map((figure) => figure.start)}::int[],
                    ${chunk.map((figure) => figure.end)}::int[], ${chunk.map((figure) => figure.asOf?.toISOString() ?? null)}::timestamp[],
                    ${chunk.map((figure) => figure.quantityId)}::text[])
          AS t(id, entry, field, surface, value, low, high, hedge, hedge_word, unit, span_start, span_end, as_of, quantity)`;
  }
  const candidates = entries.flatMap((entry) =>
    entry.candidates.map((candidate) => {
      if (entry.text.slice(candidate.start, candidate.end) !== candidate.text) {
        throw new FieldError(`entries.${entry.index}: the candidate "${candidate.text.slice(0, 40)}" is not at ${candidate.start}-${candidate.end} of its text.`);
      }
      return { ...candidate, entryId: entry.id };
    }),
  );
  for (let offset = 0; offset < candidates.length; offset += CHUNK) {
    const chunk = candidates.slice(offset, offset + CHUNK);
    await tx.$executeRaw`
      INSERT INTO "ClaimCandidate" ("id", "entryId", "start", "end", "text", "score", "reasons", "speakerText")
      SELECT id, entry, span_start, span_end, body, score, string_to_array(reasons, ','), speaker
        FROM unnest(${chunk.map(() => randomUUID())}::text[], ${chunk.map((candidate) => candidate.entryId)}::text[],
                    ${chunk.map((candidate) => candidate.start)}::int[], ${chunk.map((candidate) => candidate.end)}::int[],
                    ${chunk.map((candidate) => candidate.text)}::text[], ${chunk.map((candidate) => candidate.score)}::float8[],
                    ${chunk.map((candidate) => candidate.reasons.join(","))}::text[], ${chunk.map((candidate) => candidate.speaker)}::text[])
          AS t(id, entry, span_start, span_end, body, score, reasons, speaker)`;
  }
  // Each candidate's attribution matched to a speaker, as the picker matches a typed name, in one statement.
  if (candidates.some((candidate) => candidate.speaker)) await matchCandidateSpeakers(tx, sourceId);
  // Repeat watch: the logged claims these entries say again.
  const repeatsOfClaims = candidates.length ? await recordRepeats(tx, sourceId) : 0;
  return {
    entries: entries.map((entry) => ({ id: entry.id, contentHash: entry.contentHash, index: entry.index })),
    figures: figures.length,
    candidates: candidates.length,
    repeatsOfClaims,
    repeats,
  };
}

/** Adds the posts kept once (already in another source) to what the desk shows as dropped from the source. */
export async function keepDroppedRepeats(tx: Tx, sourceId: string, repeats: AddedEntries["repeats"]) {
  if (repeats.length === 0) return;
  const kept = repeats.map(({ reason, text, source }) => ({ reason, text, source }));
  await tx.$executeRaw`UPDATE "Source" SET "dropped" = "dropped" || ${JSON.stringify(kept)}::jsonb WHERE "id" = ${sourceId}`;
}

/** Sets each new candidate's speaker from its attribution's words (any spelling, near spellings), for one source. */
async function matchCandidateSpeakers(tx: Tx, sourceId: string) {
  await tx.$executeRaw`
    UPDATE "ClaimCandidate" c
       SET "speakerId" = (SELECT a."id" FROM "Actor" a, LATERAL (SELECT ${sqlSpeakerLikeness(Prisma.sql`c."speakerText"`)} AS score) s
                           WHERE s.score >= ${SPEAKER_LIKENESS} ORDER BY s.score DESC LIMIT 1)
      FROM "Entry" e
     WHERE e."id" = c."entryId" AND e."sourceId" = ${sourceId} AND c."speakerText" IS NOT NULL`;
}
