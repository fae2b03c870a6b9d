/**
 * Page furniture in a document's text: lines that are never content (media placeholders, share
 * buttons, photo credits) and furniture glued into a post (embedded-tweet links, trailing
 * credits). What is dropped is kept with the source, with its reason.
 */
import type { Dropped } from "./segment";

// Lines that are page furniture, never content.
const NOISE_LINES: RegExp[] = [
  /^this media is not supported in your browser\.?$/i,
  /^view in telegram$/i,
  /^please open telegram to view this post$/i,
  /^(?:share|поделиться|бөлүшүү|шерине|subscribe|подписаться|tweet|твитнуть|facebook|twitter|telegram|whatsapp|vk|ok)$/i,
  /^(?:фото|сүрөт|photo|видео|video|источник фото|photo credit)\s*[:：|].{0,160}$/iu,
  /^(?:башкы беттеги )?сүрөт .{0,80}(?:алынды|алынган)\.?$/iu,
  /^(?:фото|photo)\s+(?:by|из|с сайта|:).{0,120}$/iu,
  /^\p{Extended_Pictographic}*$/u,
];

// Furniture glued into a post: embedded-tweet links and trailing photo credits. `needs`: the words
// a match cannot be without (any one of them); a text holding none is not searched, which the
// parse would otherwise do for every post of every document.
const INLINE_NOISE: { pattern: RegExp; needs: string[] }[] = [
  { pattern: /\s*pic\.twitter\.com\/\w+/gu, needs: ["pic.twitter.com/"] },
  { pattern: /(?<=[\p{L}.!?"»)])\s*(?:Башкы беттеги )?[Сс]үрөт .{0,80}?(?:алынды|алынган)\.?\s*$/gu, needs: ["үрөт "] },
  { pattern: /(?<=[.!?"»)])\s*(?:Фото|Photo|Сүрөт)\s*:\s*[^.]{0,120}\.?\s*$/gu, needs: ["Фото", "Photo", "Сүрөт"] },
];

export function isNoiseLine(line: string): boolean {
  return NOISE_LINES.some((pattern) => pattern.test(line));
}

export function stripInlineNoise(text: string, dropped: Dropped[]): string {
  let result = text;
  for (const { pattern, needs } of INLINE_NOISE) {
    if (!needs.some((word) => result.includes(word))) continue;
    result = result.replace(pattern, (match) => {
      dropped.push({ reason: "noise", text: match.trim() });
      return "";
    });
  }
  return result.trim();
}
