import "server-only";
import { after } from "next/server";
import { getEnv } from "../env";

// How long one page's render may take before the warm-up moves on to the next.
const PAGE_TIMEOUT_MS = 15_000;

/**
 * Renders public pages into the page cache right after a change, in the process that made it and
 * once its answer has gone (`after`): a corrected or newly published verdict is rendered by the desk's process,
 * which is not serving the flood of readers, and every other instance takes that page from Redis
 * instead of rendering it again under the flood (redis-store.cjs, renderOnce). Each page is asked of
 * this process's own address (FACTLOG_OWN_URL, set by lib/server/web-processes.ts for each Next.js
 * process it starts), as a reader would ask it, so it is rendered and stored exactly as a reader's
 * request would; without that address (`next dev`, tests that call actions directly) nothing is
 * rendered ahead and the first reader renders the page, as before. A page that fails is left to
 * its first reader; nothing here can fail the change.
 */
export function warmPublicPages(paths: () => Promise<string[]>): void {
  const origin = getEnv().FACTLOG_OWN_URL;
  if (!origin) return;
  after(async () => {
    const wanted = await paths().catch(() => []);
    for (const path of wanted) {
      await fetch(new URL(path, origin), { headers: { accept: path.startsWith("/api/") ? "application/json" : "text/html" }, signal: AbortSignal.timeout(PAGE_TIMEOUT_MS) })
        .then((response) => response.arrayBuffer())
        .catch(() => undefined);
    }
  });
}
