import type { Metadata } from "next";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Factlog", template: "%s · Factlog" },
  description: "Claims about the January 2022 events in Kazakhstan, checked against the sources.",
};

export default function RootLayout({ children }: { children: React.ReactNode }) {
  return (
    <html lang="en">
      <body className="min-h-screen font-sans antialiased">
        <a href="#main" className="sr-only focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:bg-white focus:p-2">
          Skip to content
        </a>
        {children}
      </body>
    </html>
  );
}
