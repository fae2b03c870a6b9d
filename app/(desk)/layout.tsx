import type { Metadata } from "next";
import "../globals.css";

// The desk's root layout. The reader's site has its own (app/[locale]/layout.tsx), which sets
// the page language; the desk is in English.
export const metadata: Metadata = {
  title: { default: "Factlog desk", template: "%s · Factlog desk" },
  robots: { index: false, follow: false },
};

export default function DeskRootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen bg-gray-50 font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
