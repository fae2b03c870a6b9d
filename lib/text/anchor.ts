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
