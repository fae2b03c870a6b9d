/**
 * A next-intl translator called with a key built at run time (a refusal's, an import stage's):
 * its keys are checked where they are written, not where they are said.
 */
export type Translate = (key: string, values?: Record<string, string | number>) => string;

type Words = Translate & { has(key: string): boolean };

/**
 * The catalog's word for a key built from data (`languages.${code}`, `kind.${kind}`), or
 * `fallback` (usually the code itself) when the catalog has none: data can hold a code no catalog
 * names yet, and that must not break a page. `t` is any next-intl translator.
 */
export function wordFor(t: unknown, key: string, fallback: string): string {
  const words = t as Words;
  return words.has(key) ? words(key) : fallback;
}
