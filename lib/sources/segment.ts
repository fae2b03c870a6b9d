/**
 * Turns a document's text into posts: live-blog posts split at their time stamps (even glued
 * to the text on both sides), headlines glued to their bodies split off, lines broken in
 * mid-sentence joined, page furniture dropped, and every post kept once, however often the
 * scrape repeated it (exactly, inside a longer line, or as bullet items). Pure: no database.
 */
import { eachCharacter, LETTER, LOWER, NUMBER, runTexts, UPPER } from "../text/char-classes";
import { isNoiseLine, stripInlineNoise } from "./page-furniture";
import { timeSlices, toEnd } from "./time-slices";

export type Segment = { postedAt: string | null; headline: string | null; text: string };
export type Dropped = { reason: "duplicate" | "noise"; text: string };
export type Segmented = { segments: Segment[]; dropped: Dropped[] };


const TERMINAL = /[.!?…:;"»”)]$/u;
const TIME_PREPOSITION = /(?:^|[\s(])(?:саат|сааттан|в|с|до|к|около|at|by|from|since|until|till|около|примерно)[\s\u00a0]*$/iu;
const TIMESTAMP = /(?<![\d:])([01]?\d|2[0-3]):([0-5]\d)(?![\d:])/gu;

/** A line broken in mid-sentence is joined to the next when that one starts in lower case. */
function joinBrokenLines(lines: string[]): string[] {
  const joined: string[] = [];
  for (const line of lines) {
    const previous = joined[joined.length - 1];
    if (previous && line && !TERMINAL.test(previous) && /^\p{Ll}/u.test(line) && previous.length > 30) {
      joined[joined.length - 1] = `${previous} ${line}`;
    } else {
      joined.push(line);
    }
  }
  return joined;
}

/**
 * The end of `before` that TIME_PREPOSITION can match: its trailing spaces and the nine
 * characters before them (the longest preposition and the character before it). Testing the
 * whole text before each time stamp made a long line's split grow with the square of its length.
 */
function beforeTail(before: string): string {
  let end = before.length;
  while (end > 0 && /\s/.test(before[end - 1])) end -= 1;
  return before.slice(Math.max(0, end - 9));
}

/** Splits a line at live-blog time stamps; a time inside a sentence ("саат 16:00дөгү") stays. */
function splitAtTimestamps(line: string): { postedAt: string | null; text: string }[] {
  const cuts: { index: number; length: number; stamp: string }[] = [];
  for (const match of line.matchAll(TIMESTAMP)) {
    const after = line.slice(match.index + match[0].length);
    const before = line.slice(0, match.index);
    const startsPost = /^[\s\u00a0]*(?:[\p{Lu}"«“„'‘]|\p{Extended_Pictographic})/u.test(after);
    if (!startsPost || TIME_PREPOSITION.test(beforeTail(before))) continue;
    // Inside a sentence a time is followed by a lower-case suffix or word; at a post boundary
    // the text before it ends a sentence, is a glued word, or the line starts there.
    cuts.push({ index: match.index, length: match[0].length, stamp: `${match[1].padStart(2, "0")}:${match[2]}` });
  }
  if (cuts.length === 0) return [{ postedAt: null, text: line }];
  const parts: { postedAt: string | null; text: string }[] = [];
  const head = line.slice(0, cuts[0].index).trim();
  if (head) parts.push({ postedAt: null, text: head });
  cuts.forEach((cut, index) => {
    const end = index + 1 < cuts.length ? cuts[index + 1].index : line.length;
    const text = line.slice(cut.index + cut.length, end).trim();
    if (text) parts.push({ postedAt: cut.stamp, text });
  });
  return parts;
}

/**
 * A headline glued to its body: "…коюштуЖаңы-Өзөндө…" (a lower-case letter, or a closing
 * quote, directly followed by a capital) or "…жатат.Түрк…" (a period with no space), within
 * the first 200 characters and before the first sentence ends.
 */
function splitGluedHeadline(text: string): { headline: string | null; text: string } {
  // Cyrillic only: Latin words glue capitals legitimately ("NetBlocks", "YouTube").
  // A quote counts as closing only right after a letter: "…лидери" экенин…" is not a glue.
  // What follows is asked first (one character rules out most places), what comes before second.
  const glue = /(?=[А-ЯЁӨҮҢӘҒҚҰҺІ\d]|["«“„][А-ЯЁӨҮҢӘҒҚҰҺІ])(?<=\p{L}{3}[а-яёөүңәғқұһі]|[а-яёөүңәғқұһі]["»”])|(?=[А-ЯЁӨҮҢ])(?<=[а-яёөүң][.!?])/gu;
  for (const match of text.slice(0, 200).matchAll(glue)) {
    if (match.index < 4) continue;
    const headline = text.slice(0, match.index).replace(/[.]$/, "").trim();
    const body = text.slice(match.index).trim();
    // A glue after the first sentence has ended is a missing space in the body, not a headline.
    if (/[.!?]\s/.test(headline) || body.length < 15) break;
    return { headline, text: body };
  }
  return { headline: null, text };
}

/** Numbered lists glued into one run ("коюшту:1. Саясий … өзгөртүү2. Ар бир") get a line each. */
function breakGluedList(text: string): string {
  // "1." first: most texts have none, and looking for it costs far less than the expression.
  if (!text.includes("1.") || !/(?:^|[:;\p{Ll}])\s?1\.\s?\p{Lu}/u.test(text)) return text;
  return text.replace(/(?<=[:;\p{Ll}.])\s?(\d{1,2})\.\s?(?=\p{Lu})/gu, "\n$1. ");
}

// Scraped paragraphs lose their line break and glue: "…билдирди.Ал эми 200 киши…".
const PARAGRAPH_GLUE = /(?<=[\p{Ll}\d)][.!?…]["»”]?)(?=\p{Lu}|«\p{Lu})/u;

// A sub-heading glued to a sentence that starts by repeating it: "…коюшкан. Жаңы-ӨзөнЖаңы-Өзөндө…".
const SUBHEADING = /(?<=[.!?…]\s?)(?=(\p{Lu}[\p{L}-]{2,30})\1\p{Ll})/gu;

function splitGluedParagraphs(text: string): string[] {
  return text
    .split(new RegExp(PARAGRAPH_GLUE.source, "gu"))
    .flatMap((part) => part.split(SUBHEADING).filter((piece, index) => index % 2 === 0))
    .map((part) => part.trim())
    .filter(Boolean);
}

/**
 * What two copies of a post share however they were scraped: its words (runs of letters and
 * digits) in lower case, one space apart, glued words taken as two ("…табооУчурда"). Defined by
 * the regular expressions in segment.test.ts and computed in two passes over the characters:
 * the expressions, run over every piece of every document, were a tenth of the whole parse.
 */
export function dedupeKey(segment: Pick<Segment, "headline" | "text">): string {
  return runTexts(unglue(`${segment.headline ?? ""} ${segment.text}`).toLowerCase(), LETTER | NUMBER).join(" ");
}

/** A space between a lower-case letter and an upper-case one glued to it. */
function unglue(text: string): string {
  const cuts: number[] = [];
  let lower = false;
  eachCharacter(text, (classes, at) => {
    if (lower && classes & UPPER) cuts.push(at);
    lower = (classes & LOWER) !== 0;
  });
  if (cuts.length === 0) return text;
  let out = text.slice(0, cuts[0]);
  for (let index = 0; index < cuts.length; index += 1) out += ` ${text.slice(cuts[index], cuts[index + 1])}`;
  return out;
}

// A word start: which piece and where in it, packed in one number (a piece's index times 2^32,
// plus the offset), not an object: every word of every kept piece is indexed, twice.
const PIECE = 2 ** 32;

/**
 * The text kept so far, indexed by where each word starts, so asking "is this piece inside
 * something kept?" costs a few comparisons rather than a scan: pieces are whole words, so a
 * repeat always starts at a word start of the copy it repeats. Each kept piece stays a string
 * of its own: one string grown by concatenation was flattened again (copied whole) by the next
 * comparison, which made a large live blog's parse grow with the square of its size.
 */
class KeptText {
  private pieces: string[] = [];
  // Word starts by their first four words, and by their first word for pieces shorter than that:
  // one position, or a list of them once a head is seen twice.
  private byFour = new Map<string, number | number[]>();
  private byOne = new Map<string, number | number[]>();

  private static words(key: string, at: number, count: number): string | null {
    let end = at;
    for (let word = 0; word < count; word += 1) {
      if (end > key.length) return null;
      const space = key.indexOf(" ", end);
      end = space === -1 ? key.length + 1 : space + 1;
    }
    return key.slice(at, end - 1);
  }

  private static push(map: Map<string, number | number[]>, head: string, position: number): void {
    const kept = map.get(head);
    if (kept === undefined) map.set(head, position);
    else if (typeof kept === "number") map.set(head, [kept, position]);
    else kept.push(position);
  }

  /** The positions of the word starts whose first words are `key`'s, in the order kept. */
  private positions(key: string): readonly number[] {
    const four = KeptText.words(key, 0, 4);
    const kept = four ? this.byFour.get(four) : this.byOne.get(KeptText.words(key, 0, 1) ?? key);
    return kept === undefined ? [] : typeof kept === "number" ? [kept] : kept;
  }

  contains(key: string): boolean {
    return this.positions(key).some((position) => this.pieces[Math.floor(position / PIECE)].startsWith(key, position % PIECE));
  }

  /** The first kept piece (by the order kept) that begins with `key` and passes `accept`, or null. */
  startingWith(key: string, accept: (piece: number) => boolean): number | null {
    for (const position of this.positions(key)) {
      const piece = Math.floor(position / PIECE);
      if (position % PIECE === 0 && accept(piece) && this.pieces[piece].startsWith(key)) return piece;
    }
    return null;
  }

  add(key: string): void {
    const piece = this.pieces.push(key) - 1;
    for (let at = 0; ; at = key.indexOf(" ", at) + 1) {
      const four = KeptText.words(key, at, 4);
      if (four) KeptText.push(this.byFour, four, piece * PIECE + at);
      KeptText.push(this.byOne, KeptText.words(key, at, 1)!, piece * PIECE + at);
      if (key.indexOf(" ", at) === -1) break;
    }
  }
}

/** A document's text as posts, in one go. */
export function segmentText(raw: string): Segmented {
  return toEnd(segmentInSteps(raw));
}

/** The same, pausing (a `yield`) every few milliseconds of work, where a preview lets its event loop run. */
export function* segmentInSteps(raw: string): Generator<void, Segmented> {
  const due = timeSlices();
  const dropped: Dropped[] = [];
  const lines: string[] = [];
  for (const rawLine of raw.replace(/\r\n?/g, "\n").split("\n")) {
    if (due()) yield;
    const line = rawLine.replace(/[\u200b\ufeff]/g, "").trim();
    if (!line) {
      if (rawLine.length > 0) dropped.push({ reason: "noise", text: rawLine });
      lines.push("");
      continue;
    }
    if (isNoiseLine(line)) {
      dropped.push({ reason: "noise", text: line });
      continue;
    }
    lines.push(line);
  }

  // Paragraph-level pieces, in document order; a short line with no final punctuation that
  // is followed by a paragraph is that paragraph's headline.
  let pieces: (Segment & { wholeLine: boolean })[] = [];
  const joined = joinBrokenLines(lines.filter(Boolean));
  const lineParts: ReturnType<typeof splitAtTimestamps>[] = [];
  for (const line of joined) {
    lineParts.push(splitAtTimestamps(line));
    if (due()) yield;
  }
  // A live blog keeps each post whole (its paragraphs on lines of their own); any other
  // document becomes one entry per paragraph.
  const liveBlog = lineParts.flat().filter((part) => part.postedAt).length >= 3;
  for (const parts of lineParts) {
    if (due()) yield;
    for (const part of parts) {
      const cleaned = stripInlineNoise(part.text, dropped);
      if (!cleaned) continue;
      const paragraphs = splitGluedParagraphs(cleaned);
      const units = liveBlog ? [paragraphs.join("\n")] : paragraphs;
      for (const [index, unit] of units.entries()) {
        const glued = splitGluedHeadline(unit);
        pieces.push({
          postedAt: index === 0 ? part.postedAt : null,
          headline: glued.headline,
          text: breakGluedList(glued.text),
          wholeLine: parts.length === 1 && units.length === 1,
        });
      }
    }
  }
  // A short headline-like line and the body after it become one post (in one pass: splicing the
  // array at each join made a long live blog's parse grow with the square of its size).
  const paired: typeof pieces = [];
  for (let index = 0; index < pieces.length; index += 1) {
    const piece = pieces[index];
    const next = pieces[index + 1];
    const headlineLike =
      piece.wholeLine && !piece.headline && piece.text.length <= 140 && !TERMINAL.test(piece.text) && !/\n/.test(piece.text) && !/^[-–•*]|^\d{1,2}\.\s/u.test(piece.text);
    if (next && headlineLike && (TERMINAL.test(next.text) || next.text.length > 140) && next.wholeLine && !next.headline && !next.postedAt && next.text.length > piece.text.length && /^[\p{Lu}\d"«“]/u.test(next.text)) {
      paired.push({ postedAt: piece.postedAt, headline: piece.text, text: next.text, wholeLine: true });
      index += 1;
    } else {
      paired.push(piece);
    }
  }
  pieces = paired;

  // Keep each post once: the longest copy wins, and any piece found inside a kept one is a repeat.
  const order: { piece: (typeof pieces)[number]; index: number; key: string }[] = [];
  for (const [index, piece] of pieces.entries()) {
    const key = dedupeKey(piece);
    if (key) order.push({ piece, index, key });
    if (due()) yield;
  }
  const byLength = [...order].sort((a, b) => b.key.length - a.key.length || a.index - b.index);
  const keptText = new KeptText();
  const kept = new Set<number>();
  const keptItems: typeof order = [];
  for (const item of byLength) {
    if (due()) yield;
    if (keptText.contains(item.key)) {
      // The repeat kept may be an untimed copy of a time-stamped post: keep the stamp. The first
      // kept piece that begins with it, by the same index (a scan of every kept piece made this
      // grow with the square of a live blog's size).
      const host = item.piece.postedAt ? keptText.startingWith(item.key, (piece) => !keptItems[piece].piece.postedAt) : null;
      if (host !== null) keptItems[host].piece.postedAt = item.piece.postedAt;
      dropped.push({ reason: "duplicate", text: [item.piece.headline, item.piece.text].filter(Boolean).join(" ") });
      continue;
    }
    kept.add(item.index);
    keptItems.push(item);
    keptText.add(item.key);
  }
  const segments = order.filter((item) => kept.has(item.index)).map(({ piece }) => ({ postedAt: piece.postedAt, headline: piece.headline, text: piece.text }));
  return { segments, dropped };
}
