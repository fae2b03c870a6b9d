import { useLocale, useTranslations } from "next-intl";
import type { DeskClaim } from "@/lib/claims/desk-claim-page";
import { formatLocaleDate } from "@/lib/i18n/format";
import { EvidenceList } from "./evidence-list";
import { LinkEntryForm } from "./link-entry-form";

/** A claim's evidence on its desk page, and the form to link another entry when it may change. */
export function EvidenceSection({ claim, editable }: { claim: DeskClaim; editable: boolean }) {
  const t = useTranslations("desk.evidence");
  const locale = useLocale();
  return (
  <section aria-labelledby="evidence-heading" className="mt-8">
    <h2 id="evidence-heading" className="text-lg font-semibold">
      {t("title", { n: claim.evidence.length })}
    </h2>
    <EvidenceList
      claimId={claim.id}
      editable={editable}
      items={claim.evidence.map((link) => ({
        id: link.id,
        stance: link.stance,
        passageExact: link.passageExact,
        passageState: link.passageState,
        note: link.note,
        createdBy: link.createdBy.name,
        entry: { id: link.entry.id, language: link.entry.language, sourceTitle: link.entry.source.title, outlet: link.entry.source.outlet?.name ?? null, when: formatLocaleDate(locale, link.entry.source.publishedAt) },
      }))}
    />
    {editable ? (
      <div className="mt-4">
        <h3 className="font-semibold">{t("linkTitle")}</h3>
        <LinkEntryForm claimId={claim.id} />
      </div>
    ) : null}
  </section>
  );
}
