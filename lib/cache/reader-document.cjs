// The reader's pages are documents: nothing on them needs React in the browser (links are links,
// search is a GET form, timelines are SVG and tables). Next.js still inlines the page's React
// payload and its client runtime into every App Router page: on a verdict page that is about
// two thirds of the bytes and, on a phone, half a second of script before the page settles.
// So the page cache keeps the reader's pages as plain documents: every script is taken out
// except structured data (JSON-LD, which browsers never run), along with the preloads of the
// scripts. The React payload stays in the cache entry beside the HTML for any client that asks
// for it. Kept as CommonJS because the cache handler is loaded by Next.js outside the bundle.

// Scripts, with their bodies, that a browser would run: anything but JSON-LD.
const SCRIPT = /<script\b([^>]*)>[\s\S]*?<\/script\s*>/gi;
// <link rel="preload" as="script"> and <link rel="modulepreload">, in any attribute order.
const LINK = /<link\b[^>]*>/gi;

function isStructuredData(attributes) {
  return /\btype\s*=\s*["']?application\/ld\+json["']?/i.test(attributes);
}

function preloadsScript(tag) {
  return /\brel\s*=\s*["']?modulepreload\b/i.test(tag) || (/\brel\s*=\s*["']?preload\b/i.test(tag) && /\bas\s*=\s*["']?script\b/i.test(tag));
}

/** The page as a document: no script a browser would run, no script preloaded. */
function documentOnly(html) {
  return html.replace(SCRIPT, (whole, attributes) => (isStructuredData(attributes) ? whole : "")).replace(LINK, (tag) => (preloadsScript(tag) ? "" : tag));
}

// The reader's root layout (app/[locale]/layout.tsx) marks its pages: <html lang=".." data-document>.
// Marked in the page rather than read from the cache key, whose format is Next.js's own business.
function isReaderPage(html) {
  const root = /<html\b[^>]*>/i.exec(html);
  return root !== null && /\sdata-document\b/.test(root[0]);
}

module.exports = { documentOnly, isReaderPage };
