import { getEnv } from "./env";

/** The site's public address, for canonical links, feeds and JSON-LD: FACTLOG_PUBLIC_URL, else this server. */
export function siteUrl(): string {
  const env = getEnv();
  return (env.FACTLOG_PUBLIC_URL ?? `http://localhost:${env.PORT}`).replace(/\/+$/, "");
}

export function absoluteUrl(path: string): string {
  return `${siteUrl()}${path.startsWith("/") ? path : `/${path}`}`;
}

/** The newsroom's time zone (FACTLOG_TIME_ZONE): clock times in sources are its, and times are shown in it. */
export function newsroomTimeZone(): string {
  return getEnv().FACTLOG_TIME_ZONE;
}

