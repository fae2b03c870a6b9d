import { fileURLToPath } from "node:url";
import createNextIntlPlugin from "next-intl/plugin";

/** @type {import('next').NextConfig} */
const securityHeaders = [
  { key: "X-Content-Type-Options", value: "nosniff" },
  { key: "Referrer-Policy", value: "strict-origin-when-cross-origin" },
  { key: "X-Frame-Options", value: "DENY" },
  { key: "Permissions-Policy", value: "camera=(), microphone=(), geolocation=()" },
];
// The Content-Security-Policy (with a nonce per request) and HSTS are set in proxy.ts.

// The reader's pages live under app/[locale]/. English is served without a prefix, so these
// paths are rewritten to /en/...; /ru/... and /ky/... reach the route as they are.
const PUBLIC_PATHS = ["/claims/:path*", "/search", "/speakers/:path*", "/quantities/:path*", "/sources/:path*", "/how-we-check", "/not-found-page/:path*"];

const nextConfig = {
  // The tests build into a folder of their own (tests/helpers/served-app.ts sets this), so a demo
  // running in the same checkout keeps its build while the tests run. Read here, not in
  // lib/env.ts: Next.js reads its config before any of the app's code.
  distDir: process.env.FACTLOG_NEXT_DIST_DIR || ".next",
  poweredByHeader: false,
  // Next.js hashes every HTML answer in JavaScript to make an ETag: 18% of the CPU of serving a
  // cached verdict page (profiled). The front door makes reader pages' ETags instead, with a
  // native hash of the bytes it sends (lib/server/front-door.ts).
  generateEtags: false,
  reactStrictMode: true,
  serverExternalPackages: ["@electric-sql/pglite", "@electric-sql/pglite-socket", "pg", "pg-boss", "bcryptjs", "node-html-parser"],
  cacheHandler: fileURLToPath(new URL("./lib/cache/page-cache-handler.cjs", import.meta.url)),
  cacheMaxMemorySize: 0,
  // Tailwind's CSS is small and the same for every page: inlined, it does not block the first paint.
  // A server action's body may hold the site's logo (1 MB, as base64); everything else is far smaller.
  experimental: { inlineCss: true, serverActions: { bodySizeLimit: "2mb" } },
  async headers() {
    return [{ source: "/:path*", headers: securityHeaders }];
  },
  async redirects() {
    // One address per page: /en/claims/x is /claims/x.
    return [
      { source: "/en", destination: "/", permanent: true },
      { source: "/en/:path*", destination: "/:path*", permanent: true },
    ];
  },
  async rewrites() {
    return {
      beforeFiles: [{ source: "/", destination: "/en" }, ...PUBLIC_PATHS.map((source) => ({ source, destination: `/en${source}` }))],
    };
  },
};

// Message catalogs and the request's language for next-intl: lib/i18n/request.ts.
const withNextIntl = createNextIntlPlugin("./lib/i18n/request.ts");

export default withNextIntl(nextConfig);
