import Link from "next/link";

export type NavLink = { href: string; label: string };

/** `label`: the menu's name for screen readers, in the page's language. */
export function SiteHeader({ links, label, children, home = "/" }: { links: NavLink[]; label: string; children?: React.ReactNode; home?: string }) {
  return (
    <header className="border-b border-gray-200 bg-white">
      <div className="mx-auto flex max-w-5xl flex-wrap items-center gap-x-6 gap-y-2 px-4 py-3">
        <Link href={home} className="text-lg font-bold tracking-tight">
          Factlog
        </Link>
        <nav aria-label={label} className="flex flex-1 flex-wrap gap-4 text-sm">
          {links.map((link) => (
            <Link key={link.href} href={link.href} className="text-muted hover:text-ink hover:underline">
              {link.label}
            </Link>
          ))}
        </nav>
        {children}
      </div>
    </header>
  );
}
