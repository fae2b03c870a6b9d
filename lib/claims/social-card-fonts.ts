import "server-only";
import { readFile } from "node:fs/promises";
import path from "node:path";

// Noto Sans, shipped as an npm package, so social cards draw Cyrillic (Kyrgyz ң, ө, ү too)
// without fetching fonts from the network. Each subset is its own family name: the renderer
// falls back along the family list for a missing glyph, not within one family.
const FILES = ["latin", "cyrillic", "cyrillic-ext"].flatMap((subset) => [400, 700].map((weight) => ({ subset, weight: weight as 400 | 700 })));

let loaded: Promise<{ name: string; data: ArrayBuffer; weight: 400 | 700; style: "normal" }[]> | undefined;

export function socialCardFonts() {
  loaded ??= Promise.all(
    FILES.map(async ({ subset, weight }) => {
      const file = await readFile(path.join(process.cwd(), "node_modules/@fontsource/noto-sans/files", `noto-sans-${subset}-${weight}-normal.woff`));
      return { name: `Noto Sans ${subset}`, data: file.buffer.slice(file.byteOffset, file.byteOffset + file.byteLength) as ArrayBuffer, weight, style: "normal" as const };
    }),
  );
  return loaded;
}

export const SOCIAL_CARD_FONT_FAMILY = FILES.filter((file) => file.weight === 400).map((file) => `"Noto Sans ${file.subset}"`).join(", ");
