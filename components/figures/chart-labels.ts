// Where a timeline chart writes each figure's value beside its dot, so a reader sees the numbers
// without hovering (a phone cannot) or opening the table. Pure geometry, in the SVG's units.

export type Box = { left: number; top: number; right: number; bottom: number };

/** A label wanted for one dot: its centre x, the top and bottom of what is drawn for it. */
export type LabelRequest = { id: string; x: number; above: number; below: number; text: string; strong: boolean };

/** A label placed: drawn with text-anchor="start" at (x, y), y being the baseline. */
export type PlacedLabel = { id: string; x: number; y: number; text: string; strong: boolean; box: Box };

const GAP = 3;

/** About how wide a label is: no font metrics on the server, so a generous average glyph. */
export function labelWidth(text: string, fontSize: number, strong: boolean): number {
  return [...text].length * fontSize * (strong ? 0.64 : 0.6);
}

function overlaps(a: Box, b: Box): boolean {
  return a.left < b.right + GAP && b.left < a.right + GAP && a.top < b.bottom + GAP && b.top < a.bottom + GAP;
}

/**
 * Places labels in the order asked (the most important first): above the dot, else below it,
 * never over another label or any dot, and never outside `area`. A label with no free place is
 * left out; the table under the chart has every figure.
 */
export function placeLabels(requests: LabelRequest[], dots: Box[], area: Box, fontSize: number): PlacedLabel[] {
  const placed: PlacedLabel[] = [];
  for (const request of requests) {
    const width = labelWidth(request.text, fontSize, request.strong);
    if (width > area.right - area.left) continue;
    const left = Math.min(Math.max(request.x - width / 2, area.left), area.right - width);
    // Ascent about 0.8 of the font size, descent 0.2.
    const baselines = [request.above - GAP - fontSize * 0.2, request.below + GAP + fontSize * 0.8];
    for (const baseline of baselines) {
      const box = { left, right: left + width, top: baseline - fontSize * 0.8, bottom: baseline + fontSize * 0.2 };
      if (box.top < area.top || box.bottom > area.bottom) continue;
      if (dots.some((dot) => overlaps(box, dot)) || placed.some((label) => overlaps(box, label.box))) continue;
      placed.push({ id: request.id, x: Math.round(left * 10) / 10, y: Math.round(baseline * 10) / 10, text: request.text, strong: request.strong, box });
      break;
    }
  }
  return placed;
}
