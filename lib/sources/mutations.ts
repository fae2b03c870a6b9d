import { FieldError } from "../errors";
import { recordRepeats } from "../claims/repeat-watch";
import { sqlSpeakerLikeness, SPEAKER_LIKENESS } from "../actors/speaker-match-sql";
import { Prisma } from "../db/generated/client";
import { createHash, randomUUID } from "node:crypto";
import type { Db, Tx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { contentHash } from "../text/hash";
import { dateNear } from "../text/dates";
import { createSourceSchema, type CreateSourceInput } from "./schema";

/**
 * Stores a source with its entries and figure mentions in one transaction: it lands whole or
 * not at all. The same raw text imported again returns the existing source unchanged.
 */
// Imports take this lock so two of them never both let the same post in.
const IMPORT_LOCK = 7240517;
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
    throw new FieldError(`${issue.path.join(".") || "source"}: ${issue.message}`, issue.path.join(".") || undefined);
  }
  const input = parsed.data;
  const hash = createHash("sha256").update(input.rawText).digest("hex");

  return options.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
    const existing = await tx.source.findUnique({ where: { contentHash: hash }, select: { id: true } });
    if (existing) return { id: existing.id, created: false, entries: 0, figures: 0, duplicatesAcrossSources: 0 };

    // The same post already imported from another source (or an earlier import) is kept once.
    const hashed = input.entries.map((entry) => ({ ...entry, contentHash: contentHash(`${entry.headline ?? ""}\n${entry.text}`) }));
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
      .map((entry) => ({ reason: "duplicate", text: [entry.headline, entry.text].filter(Boolean).join(" "), source: known.get(entry.contentHash) }));

    const outlet = input.outlet
      ? await tx.outlet.upsert({ where: { name: input.outlet.name }, update: {}, create: input.outlet, select: { id: true } })
      : null;
    const quantityKeys = [...new Set(input.entries.flatMap((entry) => entry.figures.map((figure) => figure.quantityKey).filter(Boolean)))];
    const quantities = await tx.quantity.findMany({ where: { key: { in: quantityKeys as string[] } }, select: { id: true, key: true } });
    const quantityId = new Map(quantities.map((quantity) => [quantity.key, quantity.id]));

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
        dropped: [...input.dropped, ...repeats],
        importedById: options.actorId,
      },
      select: { id: true, title: true, kind: true, language: true },
    });
    // A few statements for the whole source, however many entries: imports can be large.
    const entries = fresh.map((entry, index) => ({ ...entry, id: randomUUID(), ordinal: index + 1 }));
    const figures = entries.flatMap((entry) =>
      entry.figures.map(({ quantityKey, ...figure }) => {
        const field = figure.field === "headline" ? (entry.headline ?? "") : entry.text;
        if (field.slice(figure.start, figure.end) !== figure.text) {
          throw new FieldError(`entries.${entry.ordinal - 1}: the figure "${figure.text}" is not at ${figure.start}-${figure.end} of its ${figure.field}.`);
        }
        const asOf = dateNear(field, figure.start, input.publishedAt ?? null);
        return { ...figure, asOf, entryId: entry.id, quantityId: quantityKey ? (quantityId.get(quantityKey) ?? null) : null };
      }),
    );
    // Bulk rows go in as arrays (one statement per chunk): through the ORM, 40,000 entries
    // took a minute of client-side serialisation; this takes seconds (docs/benchmarks.md).
    for (let offset = 0; offset < entries.length; offset += CHUNK) {
      const chunk = entries.slice(offset, offset + CHUNK);
      await tx.$executeRaw`
        INSERT INTO "Entry" ("id", "sourceId", "ordinal", "postedAt", "headline", "text", "language", "contentHash")
        SELECT id, ${source.id}, ordinal, posted, headline, body, language, hash
          FROM unnest(${chunk.map((entry) => entry.id)}::text[], ${chunk.map((entry) => entry.ordinal)}::int[],
                      ${chunk.map((entry) => entry.postedAt)}::varchar[], ${chunk.map((entry) => entry.headline)}::text[],
                      ${chunk.map((entry) => entry.text)}::text[], ${chunk.map((entry) => entry.language)}::text[],
                      ${chunk.map((entry) => entry.contentHash)}::text[])
            AS t(id, ordinal, posted, headline, body, language, hash)`;
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
          throw new FieldError(`entries.${entry.ordinal - 1}: the candidate "${candidate.text.slice(0, 40)}" is not at ${candidate.start}-${candidate.end} of its text.`);
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
    if (candidates.some((candidate) => candidate.speaker)) await matchCandidateSpeakers(tx, source.id);
    // Repeat watch: the logged claims this source says again.
    const repeatsFound = candidates.length ? await recordRepeats(tx, source.id) : 0;
    await recordAudit(tx, {
      actorId: options.actorId,
      entityType: "Source",
      entityId: source.id,
      action: "import",
      after: { ...source, entries: entries.length, figures: figures.length, candidates: candidates.length, repeatsOfClaims: repeatsFound, duplicatesAcrossSources: repeats.length },
    });
    return { id: source.id, created: true, entries: entries.length, figures: figures.length, duplicatesAcrossSources: repeats.length };
  }, { timeout: 300_000, maxWait: 30_000 });
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
