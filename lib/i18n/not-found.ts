import { DEFAULT_LOCALE, isLocale, localePath, type Locale } from "./locales";

/**
 * Where a reader's "not found" page is rendered. Next.js draws the page of notFound() by scripts
 * under a root layout with a dynamic segment ([locale]), and caches it with the first request's
 * nonce (issue 16): so the front door (lib/server/front-door.ts) answers each 404 of the reader's
 * site with this ordinary, prerendered page instead, which reads without scripts. One page per
 * language and kind of address, saying what was not found.
 */
export const NOT_FOUND_KINDS = ["claims", "speakers", "sources", "quantities", "page"] as const;
export type NotFoundKind = (typeof NOT_FOUND_KINDS)[number];

export const NOT_FOUND_SEGMENT = "not-found-page";

export function isNotFoundKind(value: unknown): value is NotFoundKind {
  return typeof value === "string" && (NOT_FOUND_KINDS as readonly string[]).includes(value);
}

/** The language and kind of a missing address: "/ru/claims/x" → ru, claims; "/nothing" → en, page. */
export function notFoundFor(pathname: string): { locale: Locale; kind: NotFoundKind } {
  const [first, second] = pathname.split("/").filter(Boolean);
  const locale = isLocale(first) ? first : DEFAULT_LOCALE;
  const section = isLocale(first) ? second : first;
  return { locale, kind: isNotFoundKind(section) && section !== "page" ? section : "page" };
}

/** The internal address of the page that says so (always answered with status 404). */
export function notFoundPagePath(pathname: string): string {
  const { locale, kind } = notFoundFor(pathname);
  return localePath(locale, `/${NOT_FOUND_SEGMENT}/${kind}`);
}

/** Whether an address is one of those pages, asked for directly. */
export function isNotFoundPagePath(pathname: string): boolean {
  const [first, second] = pathname.split("/").filter(Boolean);
  return first === NOT_FOUND_SEGMENT || (isLocale(first) && second === NOT_FOUND_SEGMENT);
}
