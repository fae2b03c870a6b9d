// Run after every install (package.json "postinstall"): one change to the installed Next.js,
// explained in docs/decisions/0013-next-cache-size-check.md. Next.js measures every page it stores in
// its cache with `JSON.stringify(page).length` (the page's React payload, a Buffer, turned into a
// JSON array of numbers) before it looks at whether the 2 MB limit applies at all; with a custom
// cache handler, as here, it never does. On an uncached search page that was about 14% of the
// server's CPU. The change measures only when the limit applies; nothing else differs.
// Idempotent; stops the install with a sentence if this Next.js no longer has the line.
import { readdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";

const nextRoot = path.dirname(createRequire(import.meta.url).resolve("next/package.json"));

// The minified runtimes: `let i=JSON.stringify(t).length;if(r.fetchCache&&i>2097152&&!this.hasCustomCacheHandler&&!r.isImplicitBuildTimeCache){`
const MINIFIED = /let (\w+)=JSON\.stringify\((\w+)\)\.length;if\((\w+)\.fetchCache&&\1>2097152&&!this\.hasCustomCacheHandler&&!\3\.isImplicitBuildTimeCache\)\{/g;
const MINIFIED_DONE = /let \w+;if\(\w+\.fetchCache&&!this\.hasCustomCacheHandler&&!\w+\.isImplicitBuildTimeCache&&\(\w+=JSON\.stringify\(\w+\)\.length\)>2097152\)\{/;
// The readable source (dist/server/lib/incremental-cache/index.js and its ESM twin).
const SOURCE = /const itemSize = JSON\.stringify\(data\)\.length;(\s*)if \(ctx\.fetchCache && itemSize > 2 \* 1024 \* 1024 &&/g;
const SOURCE_DONE = /let itemSize;\s*if \(ctx\.fetchCache && !this\.hasCustomCacheHandler && !ctx\.isImplicitBuildTimeCache && \(itemSize = JSON\.stringify\(data\)\.length\) > 2 \* 1024 \* 1024 &&/;

/** Patches one file; returns "patched", "already" or "absent". */
function patchFile(file, pattern, done, replacement) {
  const text = readFileSync(file, "utf8");
  if (done.test(text)) return "already";
  const patched = text.replace(pattern, replacement);
  if (patched === text) return "absent";
  writeFileSync(file, patched);
  return "patched";
}

const runtimes = path.join(nextRoot, "dist/compiled/next-server");
const files = [
  ...readdirSync(runtimes)
    .filter((name) => name.endsWith(".runtime.prod.js"))
    .map((name) => ({ file: path.join(runtimes, name), pattern: MINIFIED, done: MINIFIED_DONE, replacement: "let $1;if($3.fetchCache&&!this.hasCustomCacheHandler&&!$3.isImplicitBuildTimeCache&&($1=JSON.stringify($2).length)>2097152){" })),
  ...["dist/server/lib/incremental-cache/index.js", "dist/esm/server/lib/incremental-cache/index.js"].map((name) => ({
    file: path.join(nextRoot, name),
    pattern: SOURCE,
    done: SOURCE_DONE,
    replacement: "let itemSize;$1if (ctx.fetchCache && !this.hasCustomCacheHandler && !ctx.isImplicitBuildTimeCache && (itemSize = JSON.stringify(data).length) > 2 * 1024 * 1024 &&",
  })),
];
const results = files.map(({ file, pattern, done, replacement }) => ({ file, result: patchFile(file, pattern, done, replacement) }));
// The runtime that serves App Router pages in production must be among those changed.
const pageRuntime = results.find((entry) => path.basename(entry.file) === "app-page-turbo.runtime.prod.js");
if (!pageRuntime || pageRuntime.result === "absent") {
  console.error(
    "lib/server/patch-next.mjs: this Next.js no longer measures cache entries the way the patch expects. " +
      "If it has stopped stringifying pages for a custom cache handler, delete the patch and its decision record; otherwise update the pattern.",
  );
  process.exit(1);
}
