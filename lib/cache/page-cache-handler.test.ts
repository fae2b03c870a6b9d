import { createRequire } from "node:module";
import { describe, expect, it } from "vitest";

type Handler = { get(key: string): Promise<unknown>; set(key: string, data: unknown, ctx?: { tags?: string[] }): Promise<void>; revalidateTag(tags: string | string[]): Promise<void> };
const PageCacheHandler = createRequire(import.meta.url)("./page-cache-handler.cjs") as new () => Handler;

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
});
