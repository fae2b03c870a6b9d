import Link from "next/link";
import { useTranslations } from "next-intl";

/** What the desk says for an address it does not have; plain links, no scripts needed. */
export function DeskNotFound() {
  const t = useTranslations("desk.notFound");
  return (
    <main id="main" className="mx-auto max-w-5xl px-4 py-8" data-testid="not-found">
      <h1 className="text-2xl font-bold">{t("title")}</h1>
      <p className="mt-2">{t("body")}</p>
      <ul className="mt-4 list-disc pl-5">
        <li>
          <Link href="/desk" className="underline">
            {t("toDesk")}
          </Link>
        </li>
        <li>
          <Link href="/desk/claims" className="underline">
            {t("toClaims")}
          </Link>
        </li>
      </ul>
    </main>
  );
}
