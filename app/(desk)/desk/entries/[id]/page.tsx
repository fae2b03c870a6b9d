import Link from "next/link";
import { EntryProvenance } from "@/components/sources/entry-provenance";
import { EntryDateForm } from "@/components/entries/entry-date-form";
import { notFound } from "next/navigation";
import { ANCHOR_LABELS, LANGUAGE_NAMES, STANCE_LABELS, STATUS_LABELS } from "@/components/claims/labels";
import { EntryWorkbench } from "@/components/entries/entry-workbench";
import { KeyboardShortcuts } from "@/components/ui/keyboard-shortcuts";
import { formatDate, formatFigure } from "@/components/ui/format";
import { findEntryForDesk } from "@/lib/entries/queries";
import { AlreadyChecked } from "@/components/claims/repeats";
import { findEntriesAlreadyChecked } from "@/lib/claims/desk-queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";

type Props = { params: Promise<{ id: string }> };

export const metadata = { title: "Entry" };

export default async function DeskEntryPage({ params }: Props) {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const entry = await findEntryForDesk({ id: (await params).id });
  if (!entry) notFound();
  const checked = await findEntriesAlreadyChecked({ entryIds: [entry.id] });
  return (
    <>
      <p className="text-sm">
        <Link href={`/desk/sources/${entry.source.id}#entry-${entry.ordinal}`} className="underline">
          {entry.source.title}
        </Link>{" "}
        · {entry.source.outlet?.name ?? "no outlet"} · {formatDate(entry.source.publishedAt)}
      </p>
      <h1 className="mt-1 text-2xl font-bold">
        Entry #{entry.ordinal}
        {entry.postedAt ? ` · ${entry.postedAt}` : ""}
        <span className="ml-2 rounded bg-gray-100 px-1.5 py-0.5 align-middle text-xs font-semibold uppercase" title={LANGUAGE_NAMES[entry.language]}>
          {entry.language}
        </span>
      </h1>
      <p className="flex flex-wrap gap-2 text-sm text-muted">
        <EntryProvenance entry={entry} />
      </p>
      {entry.editedAt ? <p className="text-sm text-muted">Corrected {formatDate(entry.editedAt)}</p> : null}
      {entry.headline ? (
        <p className="mt-2 font-semibold" lang={entry.language}>
          {entry.headline}
        </p>
      ) : null}
      <nav aria-label="Entries of this source" className="mt-2 flex items-center gap-4 text-sm">
        {entry.previousId ? (
          <Link href={`/desk/entries/${entry.previousId}`} className="underline" data-shortcut="k" aria-keyshortcuts="k">
            ← Previous entry
          </Link>
        ) : (
          <span className="text-muted">First entry</span>
        )}
        {entry.nextId ? (
          <Link href={`/desk/entries/${entry.nextId}`} className="underline" data-shortcut="j" aria-keyshortcuts="j">
            Next entry →
          </Link>
        ) : (
          <span className="text-muted">Last entry</span>
        )}
      </nav>
      <div className="mt-3">
        <AlreadyChecked checked={checked} />
        <EntryWorkbench entryId={entry.id} text={entry.text} language={entry.language} figures={entry.figures} />
      </div>
      <EntryDateForm entryId={entry.id} publishedAt={entry.publishedAt?.toISOString() ?? null} />
      <KeyboardShortcuts help={[["j", "next entry"], ["k", "previous entry"], ["c", "make a claim from the selected text"]]} />

      <section aria-labelledby="figures-heading" className="mt-6 text-sm">
        <h2 id="figures-heading" className="font-semibold">
          Figures ({entry.figures.length})
        </h2>
        <ul className="mt-1 space-y-1">
          {entry.figures.map((figure) => (
            <li key={figure.id}>
              <span lang={entry.language}>“{figure.text}”</span> = {formatFigure(figure) ?? "no number"}
              {figure.quantity ? (
                <>
                  {" "}
                  on{" "}
                  <Link href={`/desk/quantities/${figure.quantity.key}`} className="underline">
                    {figure.quantity.labelEn}
                  </Link>
                </>
              ) : null}
            </li>
          ))}
        </ul>
      </section>

      <section aria-labelledby="anchored-heading" className="mt-6 text-sm">
        <h2 id="anchored-heading" className="font-semibold">
          Claims and evidence from this entry
        </h2>
        <ul className="mt-1 space-y-1">
          {entry.claims.map((claim) => (
            <li key={claim.id}>
              Claim:{" "}
              <Link href={`/desk/claims/${claim.id}`} className="underline">
                {claim.statement}
              </Link>{" "}
              ({STATUS_LABELS[claim.status]}){ANCHOR_LABELS[claim.anchorState] ? <span className="text-amber-800"> · {ANCHOR_LABELS[claim.anchorState]}</span> : null}
            </li>
          ))}
          {entry.evidenceLinks.map((link) => (
            <li key={link.id}>
              {STANCE_LABELS[link.stance]} evidence for{" "}
              <Link href={`/desk/claims/${link.claim.id}`} className="underline">
                {link.claim.statement}
              </Link>
              {ANCHOR_LABELS[link.passageState] ? <span className="text-amber-800"> · {ANCHOR_LABELS[link.passageState]}</span> : null}
            </li>
          ))}
          {entry.claims.length + entry.evidenceLinks.length === 0 ? <li className="text-muted">Nothing yet.</li> : null}
        </ul>
      </section>
    </>
  );
}
