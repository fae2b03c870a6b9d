import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

type Handler = { get(key: string): Promise<{ value: { headers?: Record<string, string> }; lastModified?: number } | null>; set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>; revalidateTag(tags: string | string[]): Promise<void> };
const PageCacheHandler = createRequire(import.meta.url)("./page-cache-handler.cjs") as (new () => Handler) & { limits: { entries: number; bytes: number } };

const { recordPublicChange: revalidateCorrection } = createRequire(import.meta.url)("./public-change.cjs") as { recordPublicChange(shows: string[] | null, options?: { added?: boolean }): Promise<void> };

const page = { kind: "APP_PAGE", html: "<html lang=\"en\"><body>verdict</body></html>" };

describe("the page cache handler", () => {
  it("keeps the readers' pages when only desk pages are revalidated, and empties on anything else", async () => {
    const cache = new PageCacheHandler();
    await cache.set("/en/claims/a", page);
    await cache.revalidateTag(["_N_T_/desk/claims/abc"]);
    await cache.revalidateTag("_N_T_/desk");
    expect(await cache.get("/en/claims/a")).not.toBeNull();

    // A public change (revalidatePath("/", "layout")), or a mixed list, empties the whole cache.
    await cache.revalidateTag(["_N_T_/desk/claims/abc", "_N_T_/layout"]);
    expect(await cache.get("/en/claims/a")).toBeNull();
    await cache.set("/en/claims/a", page);
    await cache.revalidateTag(["_N_T_/desktop-lookalike"]);
    expect(await cache.get("/en/claims/a")).toBeNull();
  });

  it("keeps a verdict page that says what it shows through a correction of another claim, and no list", async () => {
    const cache = new PageCacheHandler();
    await cache.revalidateTag("_N_T_/layout");
    const verdict = (...claims: string[]) => ({ kind: "APP_PAGE", html: `<html lang="en"><body><article data-cache-shows="${claims.map((id) => `claim:${id}`).join(" ")}">verdict</article></body></html>` });
    await cache.set("/en/claims/v", verdict("v", "z"));
    await cache.set("/en/claims/w", verdict("w"));
    await cache.set("/en/search/x", page);
    const made = Number((await cache.get("/en/claims/v"))?.value.headers?.["x-factlog-generation"]);
    expect((await cache.get("/en/claims/v"))?.value.headers?.["x-factlog-shows"]).toBe("claim:v claim:z");
    expect((await cache.get("/en/search/x"))?.value.headers?.["x-factlog-shows"]).toBeUndefined();

    await revalidateCorrection(["claim:w"]);
    expect(await cache.get("/en/claims/w")).toBeNull();
    expect(await cache.get("/en/search/x")).toBeNull();
    // Still the page made before the correction, named as of then.
    expect(Number((await cache.get("/en/claims/v"))?.value.headers?.["x-factlog-generation"])).toBe(made);

    // A render of w begun before a second correction of w is not stored as current.
    expect(await cache.get("/en/claims/w")).toBeNull();
    await revalidateCorrection(["claim:w"]);
    await cache.set("/en/claims/w", verdict("w"));
    expect(await cache.get("/en/claims/w")).toBeNull();
    expect(await cache.get("/en/claims/v")).not.toBeNull();
  });

  it("holds at most its byte budget, dropping the least recently read pages first", async () => {
    const cache = new PageCacheHandler();
    await cache.revalidateTag("_N_T_/layout");
    const saved = { ...PageCacheHandler.limits };
    PageCacheHandler.limits.bytes = 25_000; // three of these pages fit, four do not
    try {
      const big = (n: number) => ({ kind: "APP_PAGE", html: `<html lang="en"><body>${"x".repeat(5_000)}</body></html>`, rscData: Buffer.alloc(1_000 + n) });
      await cache.set("/a", big(1));
      await cache.set("/b", big(2));
      await cache.set("/c", big(3));
      await cache.get("/a"); // read again: now /b is the oldest
      await cache.set("/d", big(4));
      expect(await cache.get("/b")).toBeNull();
      expect(await cache.get("/a")).not.toBeNull();
      expect(await cache.get("/c")).not.toBeNull();
      expect(await cache.get("/d")).not.toBeNull();
    } finally {
      PageCacheHandler.limits.bytes = saved.bytes;
    }
  });

  it("names the generation of each page it serves, and never stores as current a page whose render began before a flush", async () => {
    const cache = new PageCacheHandler();
    await cache.revalidateTag("_N_T_/layout");
    await cache.set("/en/claims/g", page);
    const generation = Number((await cache.get("/en/claims/g"))?.value.headers?.["x-factlog-generation"]);
    expect(Number.isInteger(generation)).toBe(true);

    // A reader misses, the render starts; a correction empties the cache meanwhile; the render ends.
    await cache.revalidateTag("_N_T_/layout");
    expect(await cache.get("/en/claims/g")).toBeNull();
    await cache.revalidateTag("_N_T_/layout");
    await cache.set("/en/claims/g", page);
    expect(await cache.get("/en/claims/g")).toBeNull();
    // The next render, begun after the flush, is stored, under the next generation.
    await cache.set("/en/claims/g", page);
    expect(Number((await cache.get("/en/claims/g"))?.value.headers?.["x-factlog-generation"])).toBe(generation + 2);
  });

  it("after a publication, hands Next.js each reader's page as past its time, to serve while it renders it again; never a 404", async () => {
    const cache = new PageCacheHandler();
    await cache.revalidateTag("_N_T_/layout");
    const notFound = { ...page, status: 404 };
    await cache.set("/en/claims/p", page);
    await cache.set("/en/claims/not-yet", notFound);
    await cache.set("/en/feed", { kind: "APP_ROUTE", body: Buffer.from("<rss/>"), status: 200, headers: {} });
    const made = Number((await cache.get("/en/claims/p"))?.value.headers?.["x-factlog-generation"]);
    expect((await cache.get("/en/claims/p"))?.lastModified).toBeGreaterThan(Date.now() - 60_000);

    await revalidateCorrection(null, { added: true });
    // The page, still named as made before (so the front door keeps no copy of it), older than its hour.
    const stale = await cache.get("/en/claims/p");
    expect(Number(stale?.value.headers?.["x-factlog-generation"])).toBe(made);
    expect(stale?.lastModified).toBeLessThan(Date.now() - 24 * 60 * 60 * 1000);
    // A 404 (the page of the claim just published) and what is not a page are made again at once.
    expect(await cache.get("/en/claims/not-yet")).toBeNull();
    expect(await cache.get("/en/feed")).toBeNull();
    // The render Next.js runs meanwhile is stored as current, under the publication's generation.
    await cache.set("/en/claims/p", page);
    const fresh = await cache.get("/en/claims/p");
    expect([Number(fresh?.value.headers?.["x-factlog-generation"]), (fresh?.lastModified ?? 0) > Date.now() - 60_000]).toEqual([made + 1, true]);
    // After a correction, a list made before it is never served.
    await revalidateCorrection(null, { added: true });
    await revalidateCorrection(["claim:other"]);
    expect(await cache.get("/en/claims/p")).toBeNull();
  });

  it("keeps a page made from results remembered from before a publication as of then: served while it is made again, never as current", async () => {
    const cache = new PageCacheHandler();
    await cache.revalidateTag("_N_T_/layout");
    const { localChanges } = createRequire(import.meta.url)("./generation.cjs") as { localChanges(): { generation: number } };
    const before = localChanges().generation;
    await revalidateCorrection(null, { added: true });
    await cache.set("/en/search/made-before", { ...page, html: page.html.replace("verdict", `<h1 data-cache-shows="nothing" data-cache-made="${before}">found</h1>`) });
    const served = await cache.get("/en/search/made-before");
    expect([Number(served?.value.headers?.["x-factlog-generation"]), (served?.lastModified ?? Date.now()) < Date.now() - 24 * 60 * 60 * 1000]).toEqual([before, true]);
  });
});
