import { detectLanguage, type Language } from "../text/language";
import { spotCandidates, type Candidate } from "../text/claim-spotting";
import { extractFigures, type Figure } from "../text/numbers";
import { dayHeading, instantIn } from "../text/dates";
import { fileLabel, readDocument, type ReadDocument } from "./formats";
import { segmentText, type Dropped, type Segment } from "./segment";
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
  raw: string;
};

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

function majorityLanguage(entries: ParsedEntry[]): Language {
  const weight = new Map<Language, number>();
  for (const entry of entries) weight.set(entry.language, (weight.get(entry.language) ?? 0) + entry.text.length);
  const ranked = [...weight.entries()].filter(([language]) => language !== "und").sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return "und";
  const total = ranked.reduce((sum, [, value]) => sum + value, 0);
  return ranked[0][1] >= total * 0.8 ? ranked[0][0] : "mixed";
}

function titleFrom(document: ReadDocument, entries: ParsedEntry[], name: string): string {
  if (document.title) return document.title.slice(0, 300);
  const first = entries[0];
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

export function parseSource(options: { bytes: Uint8Array; name: string; kind?: KindOption; language?: Language; address?: string | null }): ParsedSource {
  const document = readDocument(options.bytes, options.name, options.address ?? null);
  let segments: Dated[];
  let droppedItems: Dropped[];
  if (document.posts) {
    // Telegram: each message is a post; repeats and furniture inside messages still go.
    const seen = new Set<string>();
    segments = [];
    droppedItems = [];
    for (const post of document.posts) {
      const { text, noise } = cleanPost(post.text);
      droppedItems.push(...noise);
      const key = text.toLowerCase().replace(/\s+/g, " ");
      if (!text) continue;
      if (seen.has(key)) {
        droppedItems.push({ reason: "duplicate", text });
        continue;
      }
      seen.add(key);
      segments.push({ postedAt: post.postedAt, publishedAt: post.date, url: post.url ?? null, sourceEditedAt: post.editedAt ?? null, forwardedFrom: post.forwardedFrom ?? null, headline: null, text });
    }
  } else {
    ({ segments, dropped: droppedItems } = segmentText(document.text ?? ""));
    segments = dateUnderHeadings(segments, document.publishedAt);
  }

  const entries: ParsedEntry[] = segments.map((segment, index) => entryOf(segment, index + 1, options.language));
  // A channel copied as text still shows Telegram's furniture.
  const telegramCopy = droppedItems.some((item) => item.reason === "noise" && /^(?:view in telegram|this media is not supported)/i.test(item.text));

  const stamped = entries.filter((entry) => entry.postedAt).length;
  const kind: SourceKind =
    options.kind === "telegram" || (options.kind !== "live-blog" && options.kind !== "article" && (document.posts || telegramCopy))
      ? "SOCIAL_POST"
      : options.kind === "live-blog" || (options.kind !== "article" && stamped >= 3)
        ? "LIVE_BLOG"
        : "ARTICLE";

  return {
    source: {
      title: titleFrom(document, entries, fileLabel(options.name)),
      language: options.language ?? majorityLanguage(entries),
      publishedAt: document.publishedAt ? document.publishedAt.toISOString() : null,
      kind,
      format: document.format,
      encoding: document.encoding,
    },
    entries,
    dropped: {
      duplicates: droppedItems.filter((item) => item.reason === "duplicate").length,
      noise: droppedItems.filter((item) => item.reason === "noise").length,
    },
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
