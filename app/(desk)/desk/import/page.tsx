import { getTranslations } from "next-intl/server";
import { ImportForm } from "@/components/sources/import-form";
import { requireDeskUser } from "@/lib/auth/page-guards";

export async function generateMetadata() {
  return { title: (await getTranslations("desk.import"))("title") };
}

export default async function ImportPage() {
  // The guard before any read: the layout's guard runs beside the page, not before it.
  await requireDeskUser();
  const t = await getTranslations("desk.import");
  return (
    <>
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-1 text-sm text-muted">
        {t("intro")}
      </p>
      <ImportForm />
    </>
  );
}
