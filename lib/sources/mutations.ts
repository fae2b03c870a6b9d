import { FieldError, inEnglish } from "../errors";
import { recordRepeats } from "../claims/repeat-watch";
import { sqlSpeakerLikeness, SPEAKER_LIKENESS } from "../actors/speaker-match-sql";
import { Prisma } from "../db/generated/client";
import { createHash, randomUUID } from "node:crypto";
import type { Db, Tx } from "../db/client";
import { recordAudit } from "../audit/record-audit";
import { contentHash } from "../text/hash";
import { dateNear } from "../text/dates";
import { z } from "zod";
import { createSourceSchema, entryInputSchema, type CreateSourceInput, type EntryInput } from "./schema";

/**
 * Stores a source with its entries and figure mentions in one transaction: it lands whole or
 * not at all. The same raw text imported again returns the existing source unchanged.
 */
// Imports take this lock so two of them never both let the same post in.
export const IMPORT_LOCK = 7240517;
const CHUNK = 5000;

export type CreateSourceResult = { id: string; title: string; created: boolean; entries: number; figures: number; duplicatesAcrossSources: number };

/** A source's own fields, as given and as createSourceSchema reads them. */
export type SourceFieldsInput = Omit<CreateSourceInput, "entries" | "rawText">;
type SourceFields = Omit<z.output<typeof createSourceSchema>, "entries" | "rawText">;

/** The first thing wrong, as a field error; for a batch of entries, `entriesBefore` makes its place the entry's in the whole source. */
function invalid(error: z.ZodError, entriesBefore?: number): FieldError {
  const issue = error.issues[0];
  const [first, ...rest] = issue.path;
  const parts = entriesBefore === undefined ? issue.path : ["entries", typeof first === "number" ? first + entriesBefore : first, ...rest];
  const path = parts.map(String).join(".");
  return new FieldError(`${path || "source"}: ${inEnglish(issue.message)}`, path || undefined);
}

export async function createSource(options: {
  db: Db;
  actorId: string | null;
  input: CreateSourceInput;
  /** Called as entries are written: (written, total). */
  onProgress?: (written: number, total: number) => void | Promise<void>;
}): Promise<CreateSourceResult> {
  const parsed = createSourceSchema.safeParse(options.input);
  if (!parsed.success) throw invalid(parsed.error);
  const { entries, rawText, ...fields } = parsed.data;
  return storeSource({
    db: options.db,
    actorId: options.actorId,
    original: rawText,
    fields,
    batches: [entries].values(),
    onProgress: options.onProgress ? (written) => options.onProgress!(written, entries.length) : undefined,
  });
}

/**
 * The source's original text, or (a file too large to pass around as text) the import job whose
 * file is that text in UTF-8: the database copies it, and `sha256` is the hash of those bytes,
 * the same as the text's.
 */
export type Original = string | { importJobId: string; sha256: string };

/**
 * A source whose entries come a batch at a time (a channel's export read as a stream): still one
 * transaction, landing whole or not at all. `fields` are the source's as known before the
 * entries, and `batches` returns what is known only after them (its language, what was dropped).
 * Each batch is checked as createSource checks its entries, and written while the next is read:
 * the reading is this process's work and the writing PostgreSQL's, so on two cores they overlap
 * as long as `batches` lets the event loop run now and then.
 */
export async function createSourceInBatches(options: {
  db: Db;
  actorId: string | null;
  original: Original;
  fields: SourceFieldsInput;
  batches: AsyncIterator<z.input<typeof entryInputSchema>[], Partial<SourceFieldsInput>>;
  onProgress?: (written: number) => void | Promise<void>;
}): Promise<CreateSourceResult> {
  const fieldsOnly = createSourceSchema.omit({ entries: true, rawText: true });
  const first = fieldsOnly.safeParse(options.fields);
  if (!first.success) throw invalid(first.error);
  const entryList = z.array(entryInputSchema);
  let given = 0;
  const batches: AsyncIterator<EntryInput[], SourceFields> = {
    next: async () => {
      const step = await options.batches.next();
      if (step.done) {
        const last = fieldsOnly.safeParse({ ...options.fields, ...step.value });
        if (!last.success) throw invalid(last.error);
        return { done: true, value: last.data };
      }
      const entries = entryList.safeParse(step.value);
      if (!entries.success) throw invalid(entries.error, given);
      given += entries.data.length;
      return { done: false, value: entries.data };
    },
  };
  return storeSource({ db: options.db, actorId: options.actorId, original: options.original, fields: first.data, batches, onProgress: options.onProgress });
}

/** createSource's and createSourceInBatches' one transaction. */
async function storeSource(options: {
  db: Db;
  actorId: string | null;
  original: Original;
  fields: SourceFields;
  batches: Iterator<EntryInput[], SourceFields | undefined> | AsyncIterator<EntryInput[], SourceFields>;
  onProgress?: (written: number) => void | Promise<void>;
}): Promise<CreateSourceResult> {
  const { original } = options;
  const hash = typeof original === "string" ? createHash("sha256").update(original).digest("hex") : original.sha256;

  return options.db.$transaction(async (tx) => {
    await tx.$executeRaw`SELECT pg_advisory_xact_lock(${IMPORT_LOCK})`;
    const existing = await tx.source.findUnique({ where: { contentHash: hash }, select: { id: true, title: true } });
    if (existing) return { id: existing.id, title: existing.title, created: false, entries: 0, figures: 0, duplicatesAcrossSources: 0 };

    let fields = options.fields;
    const outlet = fields.outlet
      ? await tx.outlet.upsert({ where: { name: fields.outlet.name }, update: {}, create: fields.outlet, select: { id: true } })
      : null;
    const source = await tx.source.create({
      data: {
        title: fields.title,
        outletId: outlet?.id ?? null,
        kind: fields.kind,
        url: fields.url,
        language: fields.language,
        publishedAt: fields.publishedAt,
        // A job's file is copied by the database below, once the entries are in.
        rawText: typeof original === "string" ? original : "",
        contentHash: hash,
        dropped: fields.dropped,
        importedById: options.actorId,
      },
      select: { id: true },
    });
    const totals = { given: 0, entries: 0, figures: 0, candidates: 0, attributed: 0 };
    const repeats: AddedEntries["repeats"] = [];
    let writing: Promise<void> = Promise.resolve();
    for (;;) {
      let step: IteratorResult<EntryInput[], SourceFields | undefined>;
      try {
        step = await options.batches.next();
      } finally {
        await writing;
      }
      if (step.done) {
        fields = step.value ?? fields;
        break;
      }
      const batch = step.value;
      const before = totals.given;
      totals.given += batch.length;
      writing = writeEntries(tx, { sourceId: source.id, sourceDate: fields.publishedAt ?? null, entries: batch, onProgress: (written) => options.onProgress?.(before + written) }).then((added) => {
        totals.entries += added.entries.length;
        totals.figures += added.figures;
        totals.candidates += added.candidates;
        totals.attributed += added.attributed;
        repeats.push(...added.repeats.map((repeat) => ({ ...repeat, index: before + repeat.index })));
      });
      // Awaited before the next batch is taken; until then a failure is only held, not reported as unhandled.
      writing.catch(() => {});
    }
    if (totals.entries + repeats.length === 0) throw new FieldError(`entries: ${inEnglish("No text was found in the source.")}`, "entries");
    if (fields !== options.fields) {
      await tx.source.update({ where: { id: source.id }, data: { title: fields.title, kind: fields.kind, language: fields.language, publishedAt: fields.publishedAt, dropped: fields.dropped } });
    }
    if (typeof original !== "string") {
      // The file as text, without a byte-order mark (as a decoder reads it).
      await tx.$executeRaw`
        UPDATE "Source" s SET "rawText" = convert_from(CASE WHEN substring(j."bytes" FROM 1 FOR 3) = decode('efbbbf', 'hex') THEN substring(j."bytes" FROM 4) ELSE j."bytes" END, 'UTF8')
          FROM "ImportJob" j WHERE s."id" = ${source.id} AND j."id" = ${original.importJobId}`;
    }
    const repeatsOfClaims = await finishEntries(tx, source.id, totals);
    await keepDroppedRepeats(tx, source.id, repeats);
    await recordAudit(tx, {
      actorId: options.actorId,
      entityType: "Source",
      entityId: source.id,
      action: "import",
      after: { id: source.id, title: fields.title, kind: fields.kind, language: fields.language, entries: totals.entries, figures: totals.figures, candidates: totals.candidates, repeatsOfClaims, duplicatesAcrossSources: repeats.length },
    });
    return { id: source.id, title: fields.title, created: true, entries: totals.entries, figures: totals.figures, duplicatesAcrossSources: repeats.length };
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
 * the caller's transaction, which holds IMPORT_LOCK: what a followed feed brought since its last
 * poll. An import writes its file a batch at a time and finishes once (storeSource).
 */
export async function addEntries(tx: Tx, options: { sourceId: string; sourceDate: Date | null; entries: EntryInput[] }): Promise<AddedEntries> {
  const added = await writeEntries(tx, options);
  return { entries: added.entries, figures: added.figures, candidates: added.candidates, repeats: added.repeats, repeatsOfClaims: await finishEntries(tx, options.sourceId, added) };
}

/**
 * Writes a batch of entries after the last of the source's, with their figures and spotted
 * statements. Each figure's as-of date comes from its sentence, else from the entry's own date,
 * else the source's. `onProgress` is told how many of the batch are written.
 */
async function writeEntries(
  tx: Tx,
  options: { sourceId: string; sourceDate: Date | null; entries: EntryInput[]; onProgress?: (written: number) => void | Promise<void> },
): Promise<Omit<AddedEntries, "repeatsOfClaims"> & { attributed: number }> {
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
    await options.onProgress?.(Math.min(offset + CHUNK, entries.length));
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
  return {
    entries: entries.map((entry) => ({ id: entry.id, contentHash: entry.contentHash, index: entry.index })),
    figures: figures.length,
    candidates: candidates.length,
    attributed: candidates.filter((candidate) => candidate.speaker).length,
    repeats,
  };
}

/** Once a source's new entries are written: each candidate's speaker matched, and the logged claims the entries say again found. */
async function finishEntries(tx: Tx, sourceId: string, written: { candidates: number; attributed: number }): Promise<number> {
  if (written.candidates === 0) return 0;
  // Each candidate's attribution matched to a speaker, as the picker matches a typed name, in one statement.
  if (written.attributed > 0) await matchCandidateSpeakers(tx, sourceId);
  // Repeat watch: the logged claims these entries say again.
  return recordRepeats(tx, sourceId);
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
