import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { EntryProvenance } from "@/components/sources/entry-provenance";
import { EntryDateForm } from "@/components/entries/entry-date-form";
import { notFound } from "next/navigation";
import { languageName } from "@/lib/i18n/messages";
import { EntryWorkbench } from "@/components/entries/entry-workbench";
import { KeyboardShortcuts } from "@/components/ui/keyboard-shortcuts";
import { formatLocaleDate } from "@/lib/i18n/format";
import { formatFigure } from "@/components/ui/format";
import { findEntryForDesk } from "@/lib/entries/queries";
import { AlreadyChecked } from "@/components/claims/repeats";
import { findEntriesAlreadyChecked } from "@/lib/claims/desk-queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export async function generateMetadata() {
  return { title: (await getTranslations("desk.entry"))("title") };
}

export default async function DeskEntryPage({ params }: Props) {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const entry = await findEntryForDesk({ id: (await params).id });
  if (!entry) notFound();
  const checked = await findEntriesAlreadyChecked({ entryIds: [entry.id] });
  const [t, locale] = [await getTranslations("desk"), await getLocale()];
  return (
    <>
      <p className="text-sm">
        <Link href={`/desk/sources/${entry.source.id}#entry-${entry.ordinal}`} className="underline">
          {entry.source.title}
        </Link>{" "}
        · {entry.source.outlet?.name ?? t("sources.noOutlet")} · {formatLocaleDate(locale, entry.source.publishedAt)}
      </p>
      <h1 className="mt-1 text-2xl font-bold">
        {t("entry.heading", { ordinal: entry.ordinal })}
        {entry.postedAt ? ` · ${entry.postedAt}` : ""}
        <span className="ml-2 rounded bg-gray-100 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase" title={languageName(locale, entry.language)}>
          {entry.language}
        </span>
      </h1>
      <p className="flex flex-wrap gap-2 text-sm text-muted">
        <EntryProvenance entry={entry} />
      </p>
      {entry.editedAt ? <p className="text-sm text-muted">{t("entry.corrected", { date: formatLocaleDate(locale, entry.editedAt) })}</p> : null}
      {entry.headline ? (
        <p className="mt-2 font-semibold" lang={entry.language}>
          {entry.headline}
        </p>
      ) : null}
      <nav aria-label={t("entry.navLabel")} className="mt-2 flex items-center gap-4 text-sm">
        {entry.previousId ? (
          <Link href={`/desk/entries/${entry.previousId}`} className="underline" data-shortcut="k" aria-keyshortcuts="k">
            {t("entry.previous")}
          </Link>
        ) : (
          <span className="text-muted">{t("entry.first")}</span>
        )}
        {entry.nextId ? (
          <Link href={`/desk/entries/${entry.nextId}`} className="underline" data-shortcut="j" aria-keyshortcuts="j">
            {t("entry.next")}
          </Link>
        ) : (
          <span className="text-muted">{t("entry.last")}</span>
        )}
      </nav>
      <div className="mt-3">
        <AlreadyChecked checked={checked} />
        <EntryWorkbench entryId={entry.id} text={entry.text} language={entry.language} figures={entry.figures} />
      </div>
      <EntryDateForm entryId={entry.id} publishedAt={entry.publishedAt?.toISOString() ?? null} />
      <KeyboardShortcuts help={[["j", t("entry.keys.next")], ["k", t("entry.keys.previous")], ["c", t("entry.keys.claim")]]} />

      <section aria-labelledby="figures-heading" className="mt-6 text-sm">
        <h2 id="figures-heading" className="font-semibold">
          {t("entry.figures", { n: entry.figures.length })}
        </h2>
        <ul className="mt-1 space-y-1">
          {entry.figures.map((figure) => (
            <li key={figure.id}>
              <span lang={entry.language}>“{figure.text}”</span> = {formatFigure(locale, figure) ?? t("entry.noNumber")}
              {figure.quantity ? (
                <>
                  {" "}
                  {t.rich("entry.onQuantity", {
                    quantity: figure.quantity.labelEn,
                    link: (chunks) => (
                      <Link href={`/desk/quantities/${figure.quantity!.key}`} className="underline">
                        {chunks}
                      </Link>
                    ),
                  })}
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="anchored-heading" className="mt-6 text-sm">
        <h2 id="anchored-heading" className="font-semibold">
          {t("entry.anchored")}
        </h2>
        <ul className="mt-1 space-y-1">
          {entry.claims.map((claim) => (
            <li key={claim.id}>
              {t("entry.claim")}{" "}
              <Link href={`/desk/claims/${claim.id}`} className="underline">
                {claim.statement}
              </Link>{" "}
              ({t(`labels.status.${claim.status}`)}){claim.anchorState !== "EXACT" ? <span className="text-amber-800"> · {t(`labels.anchor.${claim.anchorState}`)}</span> : null}
            </li>
          ))}
          {entry.evidenceLinks.map((link) => (
            <li key={link.id}>
              {t.rich("entry.evidenceFor", {
                stance: t(`labels.stance.${link.stance}`),
                statement: link.claim.statement,
                link: (chunks) => (
                  <Link href={`/desk/claims/${link.claim.id}`} className="underline">
                    {chunks}
                  </Link>
                ),
              })}
              {link.passageState !== "EXACT" ? <span className="text-amber-800"> · {t(`labels.anchor.${link.passageState}`)}</span> : null}
            </li>
          ))}
          {entry.claims.length + entry.evidenceLinks.length === 0 ? <li className="text-muted">{t("entry.nothingYet")}</li> : null}
        </ul>
      </section>
    </>
  );
}
