import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { languageName } from "@/lib/i18n/messages";
import { formatLocaleDate } from "@/lib/i18n/format";
import { findSources } from "@/lib/sources/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.sources"))("title") };
}

export default async function SourcesPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const sources = await findSources();
  const [t, locale] = [await getTranslations("desk"), await getLocale()];
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <h1 className="text-2xl font-bold">{t("sources.title")}</h1>
        <Link href="/desk/import" className="rounded bg-accent px-3 py-2 text-sm font-semibold text-white">
          {t("sources.import")}
        </Link>
      </div>
      {sources.length === 0 ? (
        <p className="mt-6">{t("sources.none")}</p>
      ) : (
        <table className="mt-4 w-full border-collapse bg-white text-sm">
          <thead>
            <tr className="border-b text-left">
              <th scope="col" className="p-2">{t("sources.columns.title")}</th>
              <th scope="col" className="p-2">{t("sources.columns.outlet")}</th>
              <th scope="col" className="p-2">{t("sources.columns.kind")}</th>
              <th scope="col" className="p-2">{t("sources.columns.language")}</th>
              <th scope="col" className="p-2">{t("sources.columns.entries")}</th>
              <th scope="col" className="p-2">{t("sources.columns.published")}</th>
            </tr>
          </thead>
          <tbody>
            {sources.map((source) => (
              <tr key={source.id} className="border-b">
                <td className="p-2">
                  <Link href={`/desk/sources/${source.id}`} className="underline">
                    {source.title}
                  </Link>
                </td>
                <td className="p-2">{source.outlet?.name ?? "—"}</td>
                <td className="p-2">{t(`sources.kind.${source.kind}`)}</td>
                <td className="p-2">{languageName(locale, source.language)}</td>
                <td className="p-2">{source._count.entries}</td>
                <td className="p-2">{formatLocaleDate(locale, source.publishedAt)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
    </>
  );
}
