import { createHash } from "node:crypto";
import { detectLanguage, type Language } from "../text/language";
import { spotCandidates, type Candidate } from "../text/claim-spotting";
import { extractFigures, type Figure } from "../text/numbers";
import { dayHeading, instantIn } from "../text/dates";
import { fileLabel, isTelegramExport, readDocument, type Post, type ReadDocument } from "./formats";
import { segmentText, type Dropped, type Segment } from "./segment";
import { readTelegramExport } from "./telegram-export";
import type { EntryInput } from "./schema";

/**
 * The importer's pure half: bytes in, a source with its entries out. No database. The JSON
 * form of ParsedSource is the stable contract of `factlog parse --json`.
 */
export type KindOption = "auto" | "live-blog" | "article" | "telegram";
export type SourceKind = "LIVE_BLOG" | "ARTICLE" | "SOCIAL_POST";

export type ParsedFigure = Omit<Figure, "start" | "end"> & { field: "text" | "headline"; start: number; end: number };
export type ParsedEntry = {
  ordinal: number;
  postedAt: string | null;
  /** The post's full date and its own address, when the source gives them (a channel's messages, a feed's items). */
  publishedAt: Date | null;
  url: string | null;
  /** The day a live blog's heading puts the post on ("5 января"), when its time is only a clock time. */
  day: Date | null;
  /** A Telegram message's edit time, and whom a forwarded message came from. */
  sourceEditedAt: Date | null;
  forwardedFrom: string | null;
  headline: string | null;
  text: string;
  language: Language;
  figures: ParsedFigure[];
  /** Statements worth checking in the entry's text (lib/text/claim-spotting.ts); figures index `figures`. */
  candidates: Candidate[];
};
export type ParsedSource = {
  source: { title: string; language: Language; publishedAt: string | null; kind: SourceKind; format: ReadDocument["format"]; encoding: ReadDocument["encoding"] };
  entries: ParsedEntry[];
  dropped: { duplicates: number; noise: number };
  droppedItems: Dropped[];
  /** The decoded original, kept with the source; null for a Telegram export in UTF-8, read as a stream (its bytes are the original). */
  raw: string | null;
};
/** What a parse knows once every entry is read. */
export type ParsedSummary = Omit<ParsedSource, "entries">;
type ParseOptions = { bytes: Uint8Array; name: string; kind?: KindOption; language?: Language; address?: string | null };

function figuresOf(segment: Segment, language: Language): ParsedFigure[] {
  const fromHeadline = segment.headline ? extractFigures(segment.headline, language).map((figure) => ({ ...figure, field: "headline" as const })) : [];
  const fromText = extractFigures(segment.text, language).map((figure) => ({ ...figure, field: "text" as const }));
  return [...fromHeadline, ...fromText].map(({ field, text, value, low, high, hedge, hedgeWord, unit, start, end }) => ({ field, text, value, low, high, hedge, hedgeWord, unit, start, end }));
}

/** The entry's candidates, their figures given as indexes into the entry's figures (headline ones first). */
function candidatesOf(text: string, figures: ParsedFigure[]): Candidate[] {
  const inText = figures.flatMap((figure, index) => (figure.field === "text" ? [{ ...figure, index }] : []));
  return spotCandidates(text, inText).map((candidate) => ({ ...candidate, figures: candidate.figures.map((at) => inText[at].index) }));
}

/** Each language's share of the text so far, entry by entry. */
function weigh(weight: Map<Language, number>, entry: ParsedEntry): void {
  weight.set(entry.language, (weight.get(entry.language) ?? 0) + entry.text.length);
}

function majorityLanguage(weight: Map<Language, number>): Language {
  const ranked = [...weight.entries()].filter(([language]) => language !== "und").sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return "und";
  const total = ranked.reduce((sum, [, value]) => sum + value, 0);
  return ranked[0][1] >= total * 0.8 ? ranked[0][0] : "mixed";
}

function titleFrom(title: string | null, first: ParsedEntry | undefined, name: string): string {
  if (title) return title.slice(0, 300);
  const candidate = first?.headline ?? first?.text.split(/(?<=[.!?])\s/)[0];
  if (candidate) return candidate.length > 120 ? `${candidate.slice(0, 117).trimEnd()}…` : candidate;
  return name;
}

/** One post's text without the furniture lines a channel or a feed puts in it, and what was taken out. */
export function cleanPost(text: string): { text: string; noise: Dropped[] } {
  const result = segmentText(text);
  return {
    text: result.segments.map((segment) => [segment.headline, segment.text].filter(Boolean).join("\n")).join("\n"),
    noise: result.dropped.filter((item) => item.reason === "noise"),
  };
}

type Dated = Segment & { publishedAt?: Date | null; day?: Date | null; url?: string | null; sourceEditedAt?: Date | null; forwardedFrom?: string | null };

/** An entry as the importer stores it: its language (unless given), figures and statements worth checking. */
export function entryOf(segment: Dated, ordinal: number, fixedLanguage?: Language): ParsedEntry {
  const language = fixedLanguage ?? detectLanguage(`${segment.headline ?? ""} ${segment.text}`);
  const figures = figuresOf(segment, language);
  return {
    ordinal,
    postedAt: segment.postedAt,
    publishedAt: segment.publishedAt ?? null,
    day: segment.day ?? null,
    url: segment.url ?? null,
    sourceEditedAt: segment.sourceEditedAt ?? null,
    forwardedFrom: segment.forwardedFrom ?? null,
    headline: segment.headline,
    text: segment.text,
    language,
    figures,
    candidates: candidatesOf(segment.text, figures),
  };
}

/** Each time-stamped post under a live blog's day heading ("5 января", "Wednesday 5 January") is on that day. */
function dateUnderHeadings(segments: Segment[], sourceDate: Date | null): Dated[] {
  let day: Date | null = null;
  return segments.map((segment) => {
    const heading = !segment.postedAt && !segment.headline ? dayHeading(segment.text, day ?? sourceDate) : null;
    if (heading) day = heading;
    return segment.postedAt && day ? { ...segment, day } : segment;
  });
}

/** Each post a segment, unless it is a repeat of an earlier one or nothing once furniture is removed (both kept in `dropped`). */
function* postSegments(posts: Iterable<Post>, dropped: Dropped[]): Generator<Dated> {
  // Each post's text as a digest, not the text itself: a channel's whole archive passes through here.
  const seen = new Set<string>();
  for (const post of posts) {
    const { text, noise } = cleanPost(post.text);
    dropped.push(...noise);
    if (!text) continue;
    const key = createHash("sha256").update(text.toLowerCase().replace(/\s+/g, " ")).digest("base64");
    if (seen.has(key)) {
      dropped.push({ reason: "duplicate", text });
      continue;
    }
    seen.add(key);
    yield { postedAt: post.postedAt, publishedAt: post.date, url: post.url ?? null, sourceEditedAt: post.editedAt ?? null, forwardedFrom: post.forwardedFrom ?? null, headline: null, text };
  }
}

function kindOf(option: KindOption | undefined, posts: boolean, dropped: Dropped[], stamped: () => number): SourceKind {
  // A channel copied as text still shows Telegram's furniture.
  const telegramCopy = dropped.some((item) => item.reason === "noise" && /^(?:view in telegram|this media is not supported)/i.test(item.text));
  if (option === "telegram" || (option !== "live-blog" && option !== "article" && (posts || telegramCopy))) return "SOCIAL_POST";
  return option === "live-blog" || (option !== "article" && stamped() >= 3) ? "LIVE_BLOG" : "ARTICLE";
}

function countsOf(droppedItems: Dropped[]): ParsedSource["dropped"] {
  return {
    duplicates: droppedItems.filter((item) => item.reason === "duplicate").length,
    noise: droppedItems.filter((item) => item.reason === "noise").length,
  };
}

const PARSE_BATCH = 5000;

/**
 * The parse a batch of entries at a time, in order, returning at the end what is known only
 * then (the source's language, what was dropped). A Telegram Desktop export is read as a stream
 * (lib/sources/telegram-export.ts), so a channel's whole archive never sits in memory parsed;
 * any other format is parsed whole and given as one batch.
 */
export function* parseInBatches(options: ParseOptions & { batchSize?: number; onRead?: (fraction: number) => void }): Generator<ParsedEntry[], ParsedSummary> {
  if (!isTelegramExport(options.name)) {
    const { entries, ...summary } = parseDocument(options);
    if (entries.length) yield entries;
    return summary;
  }
  const label = fileLabel(options.name);
  const exported = readTelegramExport(options.bytes, label, options.address ?? null);
  const droppedItems: Dropped[] = [];
  const weight = new Map<Language, number>();
  let first: ParsedEntry | undefined;
  let batch: ParsedEntry[] = [];
  let ordinal = 0;
  for (const segment of postSegments(exported.posts, droppedItems)) {
    const entry = entryOf(segment, (ordinal += 1), options.language);
    first ??= entry;
    weigh(weight, entry);
    batch.push(entry);
    if (batch.length >= (options.batchSize ?? PARSE_BATCH)) {
      options.onRead?.(exported.head.bytesRead / options.bytes.length);
      yield batch;
      batch = [];
    }
  }
  if (batch.length) yield batch;
  return {
    source: {
      title: titleFrom(exported.head.title, first, label),
      language: options.language ?? majorityLanguage(weight),
      publishedAt: exported.head.publishedAt ? exported.head.publishedAt.toISOString() : null,
      kind: kindOf(options.kind, true, droppedItems, () => 0),
      format: "telegram-json",
      encoding: exported.head.encoding,
    },
    dropped: countsOf(droppedItems),
    droppedItems,
    raw: exported.head.decoded,
  };
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

/** What an import would bring, without keeping every entry (a channel's export can hold 100,000): counts, and the first `size` entries. */
export function previewSource(options: ParseOptions, size = 8): ParsedSummary & { entries: number; figures: number; sample: ParsedEntry[] } {
  const sample: ParsedEntry[] = [];
  let entries = 0;
  let figures = 0;
  const run = parseInBatches(options);
  for (let step = run.next(); ; step = run.next()) {
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
  const document: ReadDocument = readDocument(options.bytes, options.name);
  let segments: Dated[];
  let droppedItems: Dropped[];
  if (document.posts) {
    // A channel's web preview: each message is a post; repeats and furniture inside messages still go.
    droppedItems = [];
    segments = [...postSegments(document.posts, droppedItems)];
  } else {
    ({ segments, dropped: droppedItems } = segmentText(document.text ?? ""));
    segments = dateUnderHeadings(segments, document.publishedAt);
  }

  const entries: ParsedEntry[] = segments.map((segment, index) => entryOf(segment, index + 1, options.language));
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
