import Link from "next/link";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { LOCALE_NAMES } from "@/lib/i18n/locales";
import { findTranslationQueue } from "@/lib/translations/queries";

export const dynamic = "force-dynamic";
export const metadata = { title: "Needs translation" };

export default async function TranslationQueuePage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const { claims, pendingTotal } = await findTranslationQueue();
  return (
    <>
      <h1 className="text-2xl font-bold">Needs translation</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">
        Published verdicts whose statement and summary are not yet readable in every language, and translations waiting for a reviewer’s check ({pendingTotal} in
        all). A verdict’s page in a language is listed in the sitemap once both are approved there.
      </p>
      {claims.length === 0 ? <p className="mt-6">Every published verdict reads in all three languages, and nothing waits for a check.</p> : null}
      <ul className="mt-4 space-y-2">
        {claims.map((claim) => (
          <li key={claim.id} className="rounded border border-gray-200 bg-white p-3" data-testid="translation-queue-item">
            <Link href={`/desk/claims/${claim.id}#translations-heading`} className="font-semibold underline">
              {claim.statement}
            </Link>
            <p className="text-sm text-muted">
              {claim.missing.length ? `Missing: ${claim.missing.map((language) => LOCALE_NAMES[language]).join(", ")}` : "Every language present"}
              {claim.awaitingCheck ? ` · ${claim.awaitingCheck} waiting for a check` : ""}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
