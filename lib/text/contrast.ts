// Verdict colours are chosen by an admin; readers must be able to read the label on them.
// WCAG 2 contrast: at least 4.5:1 for the label's small text.

function channel(value: number): number {
  const c = value / 255;
  return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
}

function parseHex(hex: string): [number, number, number] | null {
  const match = /^#([0-9a-f]{6})$/i.exec(hex.trim());
  if (!match) return null;
  const n = parseInt(match[1], 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

function luminance([r, g, b]: [number, number, number]): number {
  return 0.2126 * channel(r) + 0.7152 * channel(g) + 0.0722 * channel(b);
}

export function contrastRatio(a: string, b: string): number {
  const [x, y] = [parseHex(a), parseHex(b)];
  if (!x || !y) return 1;
  const [light, dark] = [luminance(x), luminance(y)].sort((p, q) => q - p);
  return (light + 0.05) / (dark + 0.05);
}

const toHex = (rgb: number[]) => `#${rgb.map((value) => Math.round(value).toString(16).padStart(2, "0")).join("")}`;

const WHITE = "#ffffff";
const INK = "#1f2328";

/**
 * Colours for a label on a verdict's colour: white or ink text, whichever reads; if neither
 * reaches 4.5:1, the background is darkened step by step until white text does.
 */
export function readableLabelColours(background: string): { background: string; text: string } {
  const rgb = parseHex(background);
  if (!rgb) return { background: "#57606a", text: WHITE };
  if (contrastRatio(background, WHITE) >= 4.5) return { background, text: WHITE };
  if (contrastRatio(background, INK) >= 4.5) return { background, text: INK };
  for (let step = 1; step <= 20; step++) {
    const darker = toHex(rgb.map((value) => value * (1 - step * 0.05)));
    if (contrastRatio(darker, WHITE) >= 4.5) return { background: darker, text: WHITE };
  }
  return { background: "#000000", text: WHITE };
}
