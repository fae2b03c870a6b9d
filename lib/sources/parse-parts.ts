import { createHash } from "node:crypto";
import { detectLanguage, type Language } from "../text/language";
import { spotCandidates, type Candidate } from "../text/claim-spotting";
import { extractFigures, type Figure } from "../text/numbers";
import { dayHeading } from "../text/dates";
import type { Post, ReadDocument } from "./formats";
import { segmentText, type Dropped, type Segment } from "./segment";

// The parse's parts (lib/sources/parse.ts puts them together): what one post or segment becomes
// on its own, which a parse worker can do for a channel's export (lib/sources/post-workers.ts),
// and what the whole source is said to be once its entries are known.

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
export type ParseOptions = { bytes: Uint8Array; name: string; kind?: KindOption; language?: Language; address?: string | null };

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
export function weigh(weight: Map<Language, number>, entry: ParsedEntry): void {
  weight.set(entry.language, (weight.get(entry.language) ?? 0) + entry.text.length);
}

export function majorityLanguage(weight: Map<Language, number>): Language {
  const ranked = [...weight.entries()].filter(([language]) => language !== "und").sort((a, b) => b[1] - a[1]);
  if (ranked.length === 0) return "und";
  const total = ranked.reduce((sum, [, value]) => sum + value, 0);
  return ranked[0][1] >= total * 0.8 ? ranked[0][0] : "mixed";
}

export function titleFrom(title: string | null, first: ParsedEntry | undefined, name: string): string {
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

export type Dated = Segment & { publishedAt?: Date | null; day?: Date | null; url?: string | null; sourceEditedAt?: Date | null; forwardedFrom?: string | null };

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
export function dateUnderHeadings(segments: Segment[], sourceDate: Date | null): Dated[] {
  let day: Date | null = null;
  return segments.map((segment) => {
    const heading = !segment.postedAt && !segment.headline ? dayHeading(segment.text, day ?? sourceDate) : null;
    if (heading) day = heading;
    return segment.postedAt && day ? { ...segment, day } : segment;
  });
}

/** A post cleaned of furniture, with the digest its repeats share: the part of a post's parse that needs no other post. */
export type CleanedPost = { segment: Dated | null; noise: Dropped[]; key: string };

export function cleanedPost(post: Post): CleanedPost {
  const { text, noise } = cleanPost(post.text);
  if (!text) return { segment: null, noise, key: "" };
  // Each post's text as a digest, not the text itself: a channel's whole archive passes through here.
  const key = createHash("sha256").update(text.toLowerCase().replace(/\s+/g, " ")).digest("base64");
  const segment = { postedAt: post.postedAt, publishedAt: post.date, url: post.url ?? null, sourceEditedAt: post.editedAt ?? null, forwardedFrom: post.forwardedFrom ?? null, headline: null, text };
  return { segment, noise, key };
}

/**
 * The cleaned posts in order, each kept unless it is a repeat of one seen before (`seen` holds
 * their digests) or nothing once furniture is removed; what goes is recorded in `dropped`.
 */
export function firstOfEach(cleaned: Iterable<CleanedPost>, seen: Set<string>, dropped: Dropped[]): Dated[] {
  const kept: Dated[] = [];
  for (const { segment, noise, key } of cleaned) {
    dropped.push(...noise);
    if (!segment) continue;
    if (seen.has(key)) {
      dropped.push({ reason: "duplicate", text: segment.text });
      continue;
    }
    seen.add(key);
    kept.push(segment);
  }
  return kept;
}

/** Each post a segment, unless it is a repeat of an earlier one or nothing once furniture is removed (both kept in `dropped`). */
export function postSegments(posts: Iterable<Post>, dropped: Dropped[]): Dated[] {
  return firstOfEach(Array.from(posts, cleanedPost), new Set(), dropped);
}

/** The entries of kept segments, each numbered 0 until it is placed in its source. */
export function entriesOf(segments: Dated[], language?: Language): ParsedEntry[] {
  return segments.map((segment) => entryOf(segment, 0, language));
}

export function kindOf(option: KindOption | undefined, posts: boolean, dropped: Dropped[], stamped: () => number): SourceKind {
  // A channel copied as text still shows Telegram's furniture.
  const telegramCopy = dropped.some((item) => item.reason === "noise" && /^(?:view in telegram|this media is not supported)/i.test(item.text));
  if (option === "telegram" || (option !== "live-blog" && option !== "article" && (posts || telegramCopy))) return "SOCIAL_POST";
  return option === "live-blog" || (option !== "article" && stamped() >= 3) ? "LIVE_BLOG" : "ARTICLE";
}

export function countsOf(droppedItems: Dropped[]): ParsedSource["dropped"] {
  return {
    duplicates: droppedItems.filter((item) => item.reason === "duplicate").length,
    noise: droppedItems.filter((item) => item.reason === "noise").length,
  };
}
