import "server-only";
import { rememberPublicResult } from "../cache/public-results";
import { getDb, type Db } from "../db/client";
import { isDatabaseDown } from "../db/errors";
import { getEnv } from "../env";
import { LOCALES, type Locale } from "../i18n/locales";
import { DEFAULT_IDENTITY } from "./defaults";
import { identityTextsSchema, type IdentityTexts } from "./schema";

export type SiteIdentity = {
  texts: Record<Locale, IdentityTexts>;
  /** Each verdict's public description, by rating key and language ("" when none). */
  ratings: Record<string, Record<Locale, string>>;
  contactEmail: string | null;
  hasLogo: boolean;
};

function defaultTexts(locale: Locale): IdentityTexts {
  return { ...DEFAULT_IDENTITY[locale], name: getEnv().FACTLOG_ORG_NAME };
}

/** The identity as stored, each language's missing texts filled from the defaults. */
export async function findSiteIdentity(options: { db?: Db } = {}): Promise<SiteIdentity> {
  const db = options.db ?? getDb();
  const row = await db.siteIdentity.findUnique({ where: { id: "site" }, select: { texts: true, contactEmail: true, logoType: true } });
  const stored = (row?.texts ?? {}) as Partial<Record<Locale | "ratings", unknown>>;
  const texts = Object.fromEntries(
    LOCALES.map((locale) => {
      const parsed = identityTextsSchema.safeParse(stored[locale]);
      return [locale, parsed.success ? parsed.data : defaultTexts(locale)];
    }),
  ) as Record<Locale, IdentityTexts>;
  return { texts, ratings: (stored.ratings ?? {}) as SiteIdentity["ratings"], contactEmail: row?.contactEmail ?? null, hasLogo: Boolean(row?.logoType) };
}

/**
 * The identity as readers' pages use it: remembered until an editor's change (the admin's save is
 * one). With the database down, the defaults, remembered nowhere: the page says the database is
 * down (lib/db/outage.ts) and is not kept either.
 */
export async function getSiteIdentity(): Promise<SiteIdentity> {
  try {
    return await rememberPublicResult("site identity", () => findSiteIdentity());
  } catch (error) {
    if (!isDatabaseDown(error)) throw error;
    return { texts: Object.fromEntries(LOCALES.map((locale) => [locale, defaultTexts(locale)])) as Record<Locale, IdentityTexts>, ratings: {}, contactEmail: null, hasLogo: false };
  }
}

/** The site's name in a language (the organisation behind ClaimReview, feeds and titles). */
export async function siteName(locale: Locale = "en"): Promise<string> {
  return (await getSiteIdentity()).texts[locale].name;
}

export async function findSiteLogo(options: { db?: Db } = {}): Promise<{ bytes: Uint8Array; type: string } | null> {
  const db = options.db ?? getDb();
  const row = await db.siteIdentity.findUnique({ where: { id: "site" }, select: { logo: true, logoType: true } });
  return row?.logo && row.logoType ? { bytes: row.logo, type: row.logoType } : null;
}
