import { useLocale, useTranslations } from "next-intl";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { newsroomTimeZone } from "@/lib/site";

type Provenance = { postedAt: string | null; publishedAt: Date | null; url: string | null; sourceEditedAt: Date | null; forwardedFrom: string | null };

/** The desk's day and moment formats in the newsroom's time zone, made once (a source's page shows thousands of entries). */
const formats = new Map<string, { day: Intl.DateTimeFormat; moment: Intl.DateTimeFormat }>();
function formatsFor(locale: Locale, zone: string) {
  const key = `${locale} ${zone}`;
  let made = formats.get(key);
  if (!made) {
    made = {
      day: new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "short", year: "numeric", timeZone: zone }),
      moment: new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone }),
    };
    formats.set(key, made);
  }
  return made;
}

/**
 * Where and when a post was published, in the desk: its day and clock time in the newsroom's time
 * zone (a live blog's clock time alone when that is all the source gives), its own link, when it
 * was edited at its source and whom a forwarded post came from. Server-rendered; text only.
 */
export function EntryProvenance({ entry }: { entry: Provenance }) {
  const t = useTranslations("desk.entry");
  const { day, moment } = formatsFor(useLocale(), newsroomTimeZone());
  return (
    <>
      {entry.publishedAt ? (
        <time dateTime={entry.publishedAt.toISOString()} className="font-semibold text-ink">
          {day.format(entry.publishedAt)} {entry.postedAt ?? ""}
        </time>
      ) : entry.postedAt ? (
        <time className="font-semibold text-ink">{entry.postedAt}</time>
      ) : null}
      {entry.forwardedFrom ? <span data-testid="forwarded-from">{t("forwardedFrom", { origin: entry.forwardedFrom })}</span> : null}
      {entry.sourceEditedAt ? <span>{t("editedAtSource", { moment: moment.format(entry.sourceEditedAt) })}</span> : null}
      {entry.url ? (
        <a href={entry.url} className="underline" rel="noopener noreferrer nofollow" target="_blank">
          {t("thePost")}
        </a>
      ) : null}
    </>
  );
}
