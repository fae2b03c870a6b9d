import { SiteHeader } from "@/components/ui/site-header";

export default function PublicLayout({ children }: { children: React.ReactNode }) {
  return (
    <>
      <SiteHeader links={[{ href: "/", label: "Latest verdicts" }, { href: "/desk", label: "Editors' desk" }]} />
      <main id="main" className="mx-auto max-w-5xl px-4 py-8">
        {children}
      </main>
      <footer className="mx-auto max-w-5xl border-t border-gray-200 px-4 py-6 text-sm text-muted">
        Factlog checks claims against the sources they came from. Every verdict links its evidence.
      </footer>
    </>
  );
}
