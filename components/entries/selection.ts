/**
 * The current selection inside an element, as offsets into the element's text. The element
 * renders the entry's text exactly (figure marks hold their own text), so offsets index it.
 */
export function selectionIn(element: HTMLElement | null): { text: string; start: number; end: number } | null {
  const selection = typeof window === "undefined" ? null : window.getSelection();
  if (!element || !selection || selection.rangeCount === 0 || selection.isCollapsed) return null;
  const range = selection.getRangeAt(0);
  if (!element.contains(range.startContainer) || !element.contains(range.endContainer)) return null;
  const before = document.createRange();
  before.selectNodeContents(element);
  before.setEnd(range.startContainer, range.startOffset);
  const raw = range.toString();
  const leading = raw.length - raw.trimStart().length;
  const text = raw.trim();
  if (!text) return null;
  const start = before.toString().length + leading;
  return { text, start, end: start + text.length };
}
