/**
 * The Unicode classes the parse asks of every character (letter, lower-case letter, upper-case
 * letter, number, white space as `\s` reads it), looked up in a table instead of matched by a
 * regular expression: in the parse's hottest loops a `u`-flag expression run over each text cost
 * more than the rest of the loop.
 * The table covers the Basic Multilingual Plane and is made once, from the same expressions, so
 * it answers exactly as they do; a character beyond it (a surrogate pair) is asked of them.
 */
export const LETTER = 1;
export const LOWER = 2;
export const UPPER = 4;
export const NUMBER = 8;
export const SPACE = 16;

const IS_LETTER = /^\p{L}$/u;
const IS_LOWER = /^\p{Ll}$/u;
const IS_UPPER = /^\p{Lu}$/u;
const IS_NUMBER = /^\p{N}$/u;
const IS_SPACE = /^\s$/u;

function classify(character: string): number {
  return (
    (IS_LETTER.test(character) ? LETTER : 0) |
    (IS_LOWER.test(character) ? LOWER : 0) |
    (IS_UPPER.test(character) ? UPPER : 0) |
    (IS_NUMBER.test(character) ? NUMBER : 0) |
    (IS_SPACE.test(character) ? SPACE : 0)
  );
}

let table: Uint8Array | null = null;

function bmp(): Uint8Array {
  if (table) return table;
  const made = new Uint8Array(0x10000);
  for (let code = 0; code < 0x10000; code += 1) {
    // A lone surrogate is no character (and no class): a pair is classified as its code point.
    if (code < 0xd800 || code > 0xdfff) made[code] = classify(String.fromCharCode(code));
  }
  table = made;
  return made;
}

/** Whether a surrogate pair starts at `at` (a character beyond the Basic Multilingual Plane). */
function pairAt(text: string, at: number): boolean {
  const code = text.charCodeAt(at);
  if (code < 0xd800 || code > 0xdbff) return false;
  const next = text.charCodeAt(at + 1);
  return next >= 0xdc00 && next <= 0xdfff;
}

/**
 * Calls `visit` with the classes (a bitmask of LETTER, LOWER, UPPER, NUMBER) of each character of
 * `text` and where it starts, as the `u`-flag expressions read the text: a surrogate pair is one
 * character, a lone surrogate one of no class.
 */
export function eachCharacter(text: string, visit: (classes: number, at: number) => void): void {
  const units = bmp();
  for (let at = 0; at < text.length; at += 1) {
    if (pairAt(text, at)) {
      visit(classify(text.slice(at, at + 2)), at);
      at += 1;
    } else visit(units[text.charCodeAt(at)], at);
  }
}

/** The maximal runs of characters of any class in `mask`, as [start, end] pairs one after another. */
export function runsOf(text: string, mask: number): number[] {
  const runs: number[] = [];
  const units = bmp();
  let start = -1;
  for (let at = 0; at < text.length; at += 1) {
    const pair = pairAt(text, at);
    const classes = pair ? classify(text.slice(at, at + 2)) : units[text.charCodeAt(at)];
    if (classes & mask) {
      if (start < 0) start = at;
    } else if (start >= 0) {
      runs.push(start, at);
      start = -1;
    }
    if (pair) at += 1;
  }
  if (start >= 0) runs.push(start, text.length);
  return runs;
}

/** The same runs as strings: with LETTER, what `\p{L}+` finds; with LETTER | NUMBER, `[\p{L}\p{N}]+`. */
export function runTexts(text: string, mask: number): string[] {
  const runs = runsOf(text, mask);
  const texts: string[] = [];
  for (let index = 0; index < runs.length; index += 2) texts.push(text.slice(runs[index], runs[index + 1]));
  return texts;
}

/** Whether the character before `at` is a letter, as `(?<=\p{L})` reads it there: a surrogate pair ending at `at` is one character. */
export function letterBefore(text: string, at: number): boolean {
  if (at <= 0) return false;
  if (at >= 2 && pairAt(text, at - 2)) return (classify(text.slice(at - 2, at)) & LETTER) !== 0;
  return (bmp()[text.charCodeAt(at - 1)] & LETTER) !== 0;
}

/**
 * How many of `text`'s parts between white space hold a character of `mask`'s classes: with
 * LETTER | NUMBER, what `text.split(/\s+/u).filter((part) => /[\p{L}\p{N}]/u.test(part)).length` counts.
 */
export function partsHolding(text: string, mask: number): number {
  let count = 0;
  let holds = false;
  eachCharacter(text, (classes) => {
    if (classes & SPACE) {
      if (holds) count += 1;
      holds = false;
    } else if (classes & mask) holds = true;
  });
  return holds ? count + 1 : count;
}
