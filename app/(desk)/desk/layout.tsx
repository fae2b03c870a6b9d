import { SignOutButton } from "@/components/auth/sign-out-button";
import { SiteHeader } from "@/components/ui/site-header";
import { requireDeskUser } from "@/lib/auth/page-guards";
import { ROLE_LABELS } from "@/lib/auth/roles";

export default async function DeskLayout({ children }: { children: React.ReactNode }) {
  const user = await requireDeskUser();
  return (
    <>
      <SiteHeader links={[
          { href: "/desk", label: "Dashboard" },
          { href: "/desk/claims", label: "Claims" },
          { href: "/desk/candidates", label: "To check" },
          { href: "/desk/translations", label: "Translate" },
          { href: "/desk/sources", label: "Sources" },
          { href: "/desk/import", label: "Import" },
          { href: "/desk/follows", label: "Follow" },
          { href: "/desk/entries", label: "Search" },
          { href: "/desk/quantities", label: "Figures" },
          { href: "/desk/tokens", label: "API tokens" },
          ...(user.role === "ADMIN" ? [{ href: "/desk/ratings", label: "Ratings" }, { href: "/desk/identity", label: "Site identity" }, { href: "/desk/webhooks", label: "Webhooks" }] : []),
          { href: "/", label: "Public site" },
        ]}>
        <div className="flex items-center gap-3 text-sm">
          <span data-testid="current-user">
            {user.name} <span className="rounded bg-gray-100 px-1.5 py-0.5 text-xs font-semibold">{ROLE_LABELS[user.role]}</span>
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
