/**
 * The words around a span, as a reader needs them to see what a bare figure ("26") counts: the
 * sentence holding it, cut to about `max` characters with an ellipsis where it was cut. `text`
 * may itself be a window onto a longer text; the span is at [start, start + length).
 */
export function wordsAround(text: string, start: number, length: number, max = 160): string {
  const end = start + length;
  let from = start;
  while (from > 0 && !/[.!?…\n]/u.test(text[from - 1])) from -= 1;
  let to = end;
  while (to < text.length && !/[!?…\n]/u.test(text[to]) && !(text[to] === "." && !/\d/u.test(text[to + 1] ?? ""))) to += 1;
  if (to < text.length && /[.!?…]/u.test(text[to])) to += 1;
  // Cut at word boundaries to about `max`, keeping the span in the middle.
  if (to - from > max) {
    const side = Math.max(0, Math.floor((max - length) / 2));
    const left = Math.max(from, start - side);
    const right = Math.min(to, end + side);
    const cutLeft = left > from ? text.indexOf(" ", left) + 1 || left : from;
    const cutRight = right < to ? text.lastIndexOf(" ", right) : to;
    const inner = text.slice(Math.min(cutLeft, start), Math.max(cutRight, end)).trim();
    return `${cutLeft > from ? "…" : ""}${inner}${cutRight < to ? "…" : ""}`;
  }
  const sentence = text.slice(from, to).trim();
  // A window that began or ended mid-sentence is marked as cut.
  return `${from === 0 && /^\p{Ll}/u.test(sentence) ? "…" : ""}${sentence}`;
}
