import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/messages";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { findTranslationQueue } from "@/lib/translations/queries";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.translations"))("queueTitle") };
}

export default async function TranslationQueuePage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const { claims, pendingTotal } = await findTranslationQueue();
  const [t, locale] = [await getTranslations("desk"), await getLocale()];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("translations.queueTitle")}</h1>
      <p className="mt-1 max-w-2xl text-sm text-muted">
        {t("translations.queueIntro", { pending: pendingTotal })}
      </p>
      {claims.length === 0 ? <p className="mt-6">{t("translations.queueEmpty")}</p> : null}
      <ul className="mt-4 space-y-2">
        {claims.map((claim) => (
          <li key={claim.id} className="rounded border border-gray-200 bg-white p-3" data-testid="translation-queue-item">
            <Link href={`/desk/claims/${claim.id}#translations-heading`} className="font-semibold underline">
              {claim.statement}
            </Link>
            <p className="text-sm text-muted">
              {claim.missing.length ? t("translations.missing", { languages: claim.missing.map((language) => languageName(locale, language)).join(", ") }) : t("translations.allPresent")}
              {claim.awaitingCheck ? ` · ${t("translations.awaitingCount", { n: claim.awaitingCheck })}` : ""}
            </p>
          </li>
        ))}
      </ul>
    </>
  );
}
