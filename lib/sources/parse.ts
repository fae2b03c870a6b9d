import type { Language } from "../text/language";
import { instantIn } from "../text/dates";
import { fileLabel, isTelegramExport, readDocument, type ReadDocument } from "./formats";
import { channelBatches, channelBatchesBy, inTurns, nextTurn, type ChannelOptions } from "./parse-channel";
import { countsOf, dateUnderHeadings, entryOf, kindOf, majorityLanguage, postSegments, titleFrom, weigh, type Dated, type ParsedEntry, type ParsedSource, type ParsedSummary, type ParseOptions } from "./parse-parts";
import { segmentInSteps, type Dropped } from "./segment";
import { timeSlices, toEnd } from "./time-slices";
import type { EntryInput } from "./schema";

export { cleanPost, entryOf } from "./parse-parts";
export type { KindOption, ParsedEntry, ParsedFigure, ParsedSource, ParsedSummary, SourceKind } from "./parse-parts";

// The importer's pure half: bytes in, a source with its entries out. No database. The JSON form
// of ParsedSource is the stable contract of `factlog parse --json`. Its parts: parse-parts.ts;
// a channel's export: parse-channel.ts.

/**
 * The parse a batch of entries at a time, in order, returning at the end what is known only
 * then (the source's language, what was dropped). A Telegram Desktop export is read as a stream
 * (lib/sources/parse-channel.ts), so a channel's whole archive never sits in memory parsed;
 * any other format is parsed whole and given as one batch.
 */
export function* parseInBatches(options: ChannelOptions): Generator<ParsedEntry[], ParsedSummary> {
  if (isTelegramExport(options.name)) return yield* channelBatches(options);
  const { entries, ...summary } = parseDocument(options);
  if (entries.length) yield entries;
  return summary;
}

/** The whole parse at once: every entry, and the source. */
export function parseSource(options: ParseOptions): ParsedSource {
  const entries: ParsedEntry[] = [];
  const run = parseInBatches(options);
  for (let step = run.next(); ; step = run.next()) {
    if (step.done) return { ...step.value, entries };
    for (const entry of step.value) entries.push(entry);
  }
}

/**
 * What an import would bring, without keeping every entry (a channel's export can hold 100,000):
 * counts, and the first `size` entries. It runs in a web process, so the parse lets the event loop
 * run between its steps (a chunk of a channel's posts; every 25 ms of a document's parse): half a
 * minute of parse for the largest export would otherwise hold every other request.
 */
export async function previewSource(options: ParseOptions, size = 8): Promise<ParsedSummary & { entries: number; figures: number; sample: ParsedEntry[] }> {
  const sample: ParsedEntry[] = [];
  let entries = 0;
  let figures = 0;
  const run = isTelegramExport(options.name) ? channelBatchesBy(options, inTurns, 1) : documentInTurns(options);
  for (let step = await run.next(); ; step = await run.next()) {
    if (step.done) return { ...step.value, entries, figures, sample };
    for (const entry of step.value) {
      if (sample.length < size) sample.push(entry);
      entries += 1;
      figures += entry.figures.length;
    }
  }
}

/** Any format but a Telegram Desktop export. */
function parseDocument(options: ParseOptions): ParsedSource {
  return toEnd(documentInSteps(options));
}

/** A document's parse as one batch, each of its steps in a turn of the event loop of its own. */
async function* documentInTurns(options: ParseOptions): AsyncGenerator<ParsedEntry[], ParsedSummary> {
  const steps = documentInSteps(options);
  let step = steps.next();
  for (; !step.done; step = steps.next()) await nextTurn();
  const { entries, ...summary } = step.value;
  if (entries.length) yield entries;
  return summary;
}

/** A document's parse, pausing (a `yield`) while it is segmented, once it is, and every few milliseconds while it makes the entries, where a preview lets its event loop run. */
function* documentInSteps(options: ParseOptions): Generator<void, ParsedSource> {
  const document: ReadDocument = readDocument(options.bytes, options.name);
  let segments: Dated[];
  let droppedItems: Dropped[];
  if (document.posts) {
    // A channel's web preview: each message is a post; repeats and furniture inside messages still go.
    droppedItems = [];
    segments = [...postSegments(document.posts, droppedItems)];
  } else {
    ({ segments, dropped: droppedItems } = yield* segmentInSteps(document.text ?? ""));
    segments = dateUnderHeadings(segments, document.publishedAt);
  }

  yield;
  const entries: ParsedEntry[] = [];
  const due = timeSlices();
  for (const segment of segments) {
    entries.push(entryOf(segment, entries.length + 1, options.language));
    if (due()) yield;
  }
  const weight = new Map<Language, number>();
  for (const entry of entries) weigh(weight, entry);

  return {
    source: {
      title: titleFrom(document.title, entries[0], fileLabel(options.name)),
      language: options.language ?? majorityLanguage(weight),
      publishedAt: document.publishedAt ? document.publishedAt.toISOString() : null,
      kind: kindOf(options.kind, Boolean(document.posts), droppedItems, () => entries.filter((entry) => entry.postedAt).length),
      format: document.format,
      encoding: document.encoding,
    },
    entries,
    dropped: countsOf(droppedItems),
    droppedItems,
    raw: document.raw,
  };
}

/**
 * A parsed entry as the store takes it (lib/sources/mutations.ts): hedges in the database's case,
 * candidates without their figure indexes, and a live blog post's day and clock time as one
 * instant in the newsroom's `timeZone`.
 */
export function toEntryInput(entry: ParsedEntry, timeZone?: string): EntryInput {
  return {
    postedAt: entry.postedAt,
    publishedAt: entry.publishedAt ?? (entry.day && entry.postedAt && timeZone ? instantIn(entry.day, entry.postedAt, timeZone) : null),
    url: entry.url,
    sourceEditedAt: entry.sourceEditedAt,
    forwardedFrom: entry.forwardedFrom,
    headline: entry.headline,
    text: entry.text,
    language: entry.language,
    figures: entry.figures.map((figure) => ({ ...figure, hedge: figure.hedge.toUpperCase() as Uppercase<typeof figure.hedge> })),
    candidates: entry.candidates.map(({ start, end, text, score, reasons, speaker }) => ({ start, end, text, score, reasons, speaker })),
  };
}

/** The stable JSON shape of `factlog parse --json`. */
export function toParseJson(parsed: ParsedSource) {
  return {
    source: { title: parsed.source.title, language: parsed.source.language, publishedAt: parsed.source.publishedAt, kind: parsed.source.kind },
    entries: parsed.entries.map((entry) => ({
      ordinal: entry.ordinal,
      postedAt: entry.postedAt,
      headline: entry.headline,
      text: entry.text,
      language: entry.language,
      figures: entry.figures,
      candidates: entry.candidates.map(({ start, end, text, score, reasons, speaker, figures }) => ({ start, end, text, score, reasons, speaker, figures })),
    })),
    dropped: parsed.dropped,
  };
}
