/**
 * A quote anchored to an entry: the exact text plus what surrounds it, so it can be found
 * again after the entry is corrected (exact offsets first, then the exact text anywhere).
 */
export type Anchor = { exact: string; prefix: string; suffix: string; start: number; end: number };

const CONTEXT = 32;

export function anchorAt(text: string, start: number, end: number): Anchor {
  return {
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT), start),
    suffix: text.slice(end, end + CONTEXT),
    start,
    end,
  };
}

/** Finds `exact` in `text`, preferring the occurrence at or nearest `near`; null when absent. */
export function anchorQuote(text: string, exact: string, near?: number): Anchor | null {
  const quote = exact.trim();
  if (!quote) return null;
  if (near !== undefined && text.slice(near, near + quote.length) === quote) return anchorAt(text, near, near + quote.length);
  let best = -1;
  for (let index = text.indexOf(quote); index !== -1; index = text.indexOf(quote, index + 1)) {
    if (best === -1 || (near !== undefined && Math.abs(index - near) < Math.abs(best - near))) best = index;
    if (near === undefined) break;
  }
  return best === -1 ? null : anchorAt(text, best, best + quote.length);
}

export type AnchorState = "EXACT" | "POSITION" | "FUZZY" | "ORPHANED";
export type Reanchored = { anchor: Anchor; state: Exclude<AnchorState, "ORPHANED"> } | { anchor: null; state: "ORPHANED" };

/** How much of the stored context an occurrence keeps: the tie-breaker between repeated quotes. */
function contextScore(text: string, start: number, end: number, previous: Anchor): number {
  let score = 0;
  const before = text.slice(0, start);
  for (let index = 1; index <= previous.prefix.length && before.endsWith(previous.prefix.slice(-index)); index += 1) score += 1;
  const after = text.slice(end);
  for (let index = 1; index <= previous.suffix.length && after.startsWith(previous.suffix.slice(0, index)); index += 1) score += 1;
  return score;
}

function bigrams(value: string): Map<string, number> {
  const counts = new Map<string, number>();
  const folded = value.toLowerCase().replace(/\s+/g, " ");
  for (let index = 0; index < folded.length - 1; index += 1) {
    const gram = folded.slice(index, index + 2);
    counts.set(gram, (counts.get(gram) ?? 0) + 1);
  }
  return counts;
}

/** Dice coefficient over character bigrams: 1 for equal strings, 0 for nothing shared. */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const left = bigrams(a);
  const right = bigrams(b);
  let shared = 0;
  let total = 0;
  for (const count of left.values()) total += count;
  for (const [gram, count] of right) {
    total += count;
    shared += Math.min(count, left.get(gram) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

export const FUZZY_THRESHOLD = 0.75;

/**
 * Finds a stored anchor again in an entry's corrected text: the exact quote (nearest the old
 * place, best matching its context), then the text between the old prefix and suffix, then
 * the most similar run of words. Returns ORPHANED rather than guess below the threshold.
 */
export function reanchor(text: string, previous: Anchor): Reanchored {
  const { exact } = previous;
  if (text.slice(previous.start, previous.end) === exact) return { anchor: anchorAt(text, previous.start, previous.end), state: "EXACT" };
  let best = -1;
  let bestScore = -1;
  for (let index = text.indexOf(exact); index !== -1 && exact; index = text.indexOf(exact, index + 1)) {
    const score = contextScore(text, index, index + exact.length, previous) * 1000 - Math.abs(index - previous.start) / 1000;
    if (score > bestScore) [best, bestScore] = [index, score];
  }
  if (best !== -1) return { anchor: anchorAt(text, best, best + exact.length), state: "EXACT" };

  // By position: the old surroundings still bracket an edited quote.
  const prefix = previous.prefix.slice(-16);
  const suffix = previous.suffix.slice(0, 16);
  if (prefix.length >= 8 && suffix.length >= 8) {
    const prefixAt = text.indexOf(prefix);
    const suffixAt = prefixAt === -1 ? -1 : text.indexOf(suffix, prefixAt + prefix.length);
    if (prefixAt !== -1 && suffixAt !== -1) {
      const start = prefixAt + prefix.length;
      const between = text.slice(start, suffixAt);
      if (between.trim() && between.length <= exact.length * 2 + 10 && similarity(between, exact) >= 0.5) {
        return { anchor: anchorAt(text, start, suffixAt), state: "POSITION" };
      }
    }
  }

  // Fuzzy: the most similar run of words of about the quote's length.
  const words = [...text.matchAll(/\S+/gu)].map((match) => ({ start: match.index, end: match.index + match[0].length }));
  const wordCount = Math.max(1, exact.split(/\s+/u).filter(Boolean).length);
  let fuzzy: { start: number; end: number; score: number } | null = null;
  for (let first = 0; first < words.length; first += 1) {
    for (let count = Math.max(1, wordCount - 2); count <= wordCount + 2 && first + count <= words.length; count += 1) {
      const start = words[first].start;
      const end = words[first + count - 1].end;
      const score = similarity(text.slice(start, end), exact);
      if (!fuzzy || score > fuzzy.score) fuzzy = { start, end, score };
    }
  }
  if (fuzzy && fuzzy.score >= FUZZY_THRESHOLD) return { anchor: anchorAt(text, fuzzy.start, fuzzy.end), state: "FUZZY" };
  return { anchor: null, state: "ORPHANED" };
}
