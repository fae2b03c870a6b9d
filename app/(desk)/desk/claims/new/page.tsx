import Link from "next/link";
import { getTranslations } from "next-intl/server";
import { attributionOf } from "@/lib/claims/attribution";
import { ClaimForm } from "@/components/claims/claim-form";
import { emptyFormState } from "@/components/claims/claim-form-state";
import { guessSpeaker } from "@/lib/actors/queries";
import { findQuantityOptions } from "@/lib/claims/desk-queries";
import { findEntryForDesk } from "@/lib/entries/queries";
import { hedgeChoiceOf } from "@/lib/text/hedge-words";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.newClaim"))("title") };
}

type Props = { searchParams: Promise<{ entry?: string; start?: string; end?: string }> };

function toLocal(date: Date | null, postedAt: string | null): string {
  if (!date) return "";
  const day = date.toISOString().slice(0, 10);
  return `${day}T${postedAt ?? date.toISOString().slice(11, 16)}`;
}

export default async function NewClaimPage({ searchParams }: Props) {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const t = await getTranslations("desk.newClaim");
  const params = await searchParams;
  const quantities = await findQuantityOptions();
  const entry = typeof params.entry === "string" ? await findEntryForDesk({ id: params.entry }) : null;
  const initial = emptyFormState();
  let anchor: { exact: string; start: number } | null = null;
  let problem: string | null = null;

  if (params.entry && !entry) problem = t("entryGone");
  if (entry) {
    initial.quoteLanguage = entry.language === "mixed" || entry.language === "und" ? "en" : entry.language;
    // The entry's own date and time when its source gave one, else its clock time on the source's day.
    initial.saidAt = entry.publishedAt ? entry.publishedAt.toISOString().slice(0, 16) : toLocal(entry.source.publishedAt, entry.postedAt);
    initial.attributionChain = attributionOf(entry);
    const start = Number(params.start);
    const end = Number(params.end);
    if (params.start !== undefined || params.end !== undefined) {
      if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end <= start || end > entry.text.length) {
        problem = t("selectionDoesNotFit");
      } else {
        anchor = { exact: entry.text.slice(start, end), start };
        initial.quoteOriginal = anchor.exact;
        const figure = entry.figures.find((mention) => mention.field === "text" && mention.start >= start && mention.end <= end);
        if (figure) {
          initial.hasFigure = true;
          initial.figure = {
            value: figure.value?.toString() ?? "",
            low: figure.low?.toString() ?? "",
            high: figure.high?.toString() ?? "",
            hedge: hedgeChoiceOf(figure.hedge, figure.hedgeWord),
            unit: figure.unit ?? "",
            quantityId: figure.quantity?.id ?? "",
            asOf: entry.publishedAt ? entry.publishedAt.toISOString().slice(0, 16) : entry.source.publishedAt ? `${entry.source.publishedAt.toISOString().slice(0, 10)}T00:00` : "",
          };
        }
      }
    }
    // The attribution in the selected words first ("…, the ministry said"), else in the whole entry.
    const speaker = (anchor ? await guessSpeaker({ text: anchor.exact }) : null) ?? (await guessSpeaker({ text: `${entry.headline ?? ""}. ${entry.text}` }));
    if (speaker) {
      initial.speakerId = speaker.id;
      initial.speakerName = speaker.name;
      initial.speakerRole = speaker.title ?? "";
    }
  }

  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      {entry ? (
        <p className="mt-1 text-sm text-muted">
          {t.rich(anchor ? "fromEntryAnchored" : "fromEntry", {
            entry: (chunks) => (
              <Link className="underline" href={`/desk/entries/${entry.id}`}>
                {chunks}
              </Link>
            ),
            source: entry.source.title,
            ordinal: entry.ordinal,
            time: entry.postedAt ?? "none",
          })}
        </p>
      ) : (
        <p className="mt-1 text-sm text-muted">{t("fromScratch")}</p>
      )}
      {problem ? (
        <p role="alert" className="mt-3 rounded border border-red-300 bg-red-50 p-2 text-sm text-red-800">
          {problem}
        </p>
      ) : null}
      {entry ? (
        <blockquote lang={entry.language} className="mt-3 border-l-4 border-gray-300 pl-3 text-sm">
          {entry.text}
        </blockquote>
      ) : null}
      <div className="mt-4">
        <ClaimForm mode="create" entryId={entry?.id ?? null} anchor={anchor} initial={initial} quantities={quantities} />
      </div>
    </>
  );
}
