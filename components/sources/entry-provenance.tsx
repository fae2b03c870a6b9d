import { newsroomTimeZone } from "@/lib/site";

type Provenance = { postedAt: string | null; publishedAt: Date | null; url: string | null; sourceEditedAt: Date | null; forwardedFrom: string | null };

/** The desk's day and moment formats in the newsroom's time zone, made once (a source's page shows thousands of entries). */
let formats: { zone: string; day: Intl.DateTimeFormat; moment: Intl.DateTimeFormat } | null = null;
function formatsFor(zone: string) {
  if (formats?.zone !== zone) {
    formats = {
      zone,
      day: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", timeZone: zone }),
      moment: new Intl.DateTimeFormat("en-GB", { day: "numeric", month: "short", year: "numeric", hour: "2-digit", minute: "2-digit", hourCycle: "h23", timeZone: zone }),
    };
  }
  return formats;
}

/**
 * Where and when a post was published, in the desk: its day and clock time in the newsroom's time
 * zone (a live blog's clock time alone when that is all the source gives), its own link, when it
 * was edited at its source and whom a forwarded post came from. Server-rendered; text only.
 */
export function EntryProvenance({ entry }: { entry: Provenance }) {
  const { day, moment } = formatsFor(newsroomTimeZone());
  return (
    <>
      {entry.publishedAt ? (
        <time dateTime={entry.publishedAt.toISOString()} className="font-semibold text-ink">
          {day.format(entry.publishedAt)} {entry.postedAt ?? ""}
        </time>
      ) : entry.postedAt ? (
        <time className="font-semibold text-ink">{entry.postedAt}</time>
      ) : null}
      {entry.forwardedFrom ? <span data-testid="forwarded-from">forwarded from {entry.forwardedFrom}</span> : null}
      {entry.sourceEditedAt ? <span>edited at its source {moment.format(entry.sourceEditedAt)}</span> : null}
      {entry.url ? (
        <a href={entry.url} className="underline" rel="noopener noreferrer nofollow" target="_blank">
          the post
        </a>
      ) : null}
    </>
  );
}
