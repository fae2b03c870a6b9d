import { getTranslations } from "next-intl/server";
import { SignOutButton } from "@/components/auth/sign-out-button";
import { LanguageChooser } from "@/components/ui/language-chooser";
import { SiteHeader } from "@/components/ui/site-header";
import { requireDeskUser } from "@/lib/auth/page-guards";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireDeskUser();
  const t = await getTranslations("desk");
  return (
    <>
      <SiteHeader
        label={t("shell.mainMenu")}
        links={[
          { href: "/desk", label: t("nav.dashboard") },
          { href: "/desk/claims", label: t("nav.claims") },
          { href: "/desk/candidates", label: t("nav.candidates") },
          { href: "/desk/translations", label: t("nav.translations") },
          { href: "/desk/sources", label: t("nav.sources") },
          { href: "/desk/import", label: t("nav.import") },
          { href: "/desk/follows", label: t("nav.follows") },
          { href: "/desk/entries", label: t("nav.entries") },
          { href: "/desk/quantities", label: t("nav.quantities") },
          { href: "/desk/tokens", label: t("nav.tokens") },
          ...(user.role === "ADMIN" ? [{ href: "/desk/ratings", label: t("nav.ratings") }, { href: "/desk/identity", label: t("nav.identity") }, { href: "/desk/webhooks", label: t("nav.webhooks") }] : []),
          { href: "/", label: t("nav.publicSite") },
        ]}
      >
        <div className="flex items-center gap-3 text-sm">
          <LanguageChooser />
          <span data-testid="current-user">
            {user.name} <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold">{t(`labels.role.${user.role}`)}</span>
          </span>
          <SignOutButton />
        </div>
      </SiteHeader>
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
    </>
  );
}
