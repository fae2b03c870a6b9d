import Link from "next/link";
import { getLocale, getTranslations } from "next-intl/server";
import { pickLabel } from "@/lib/i18n/locales";
import { NewQuantityForm } from "@/components/figures/new-quantity-form";
import { findQuantities } from "@/lib/figures/queries";
import { requireDeskUser } from "@/lib/auth/page-guards";

export const dynamic = "force-dynamic";
export async function generateMetadata() {
  return { title: (await getTranslations("desk.quantities"))("title") };
}

export default async function QuantitiesPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const quantities = await findQuantities();
  const [t, locale] = [await getTranslations("desk.quantities"), await getLocale()];
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-sm text-muted">{t("intro")}</p>
      <ul className="mt-4 divide-y rounded border border-gray-200 bg-white">
        {quantities.map((quantity) => (
          <li key={quantity.id} className="p-3 text-sm">
            <Link href={`/desk/quantities/${quantity.key}`} className="font-medium underline">
              {pickLabel(locale, quantity)}
            </Link>
            <span className="text-muted">
              {" "}
              · {t("counts", { figures: quantity._count.figures, claims: quantity._count.claims })}
              {quantity.partOf ? ` · ${t("partOf", { total: quantity.partOf.key })}` : ""}
            </span>
          </li>
        ))}
        {quantities.length === 0 ? <li className="p-3 text-sm text-muted">{t("none")}</li> : null}
      </ul>
      <section aria-labelledby="new-quantity" className="mt-8 rounded border border-gray-200 bg-white p-3">
        <h2 id="new-quantity" className="font-semibold">
          {t("new")}
        </h2>
        <NewQuantityForm totals={quantities.filter((quantity) => !quantity.partOf).map((quantity) => ({ key: quantity.key, label: pickLabel(locale, quantity) }))} />
      </section>
    </>
  );
}
