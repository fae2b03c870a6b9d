import { readdirSync, readFileSync } from "node:fs";
import { createRequire } from "node:module";
import path from "node:path";
import { describe, expect, it } from "vitest";

// What lib/server/patch-next.mjs (run by npm's postinstall) changes in the installed Next.js.
const require = createRequire(import.meta.url);
const nextRoot = path.dirname(require.resolve("next/package.json"));
const runtimes = path.join(nextRoot, "dist/compiled/next-server");

describe("the installed Next.js, as patched after install", () => {
  it("no production runtime stringifies a page before knowing the size limit applies", () => {
    const names = readdirSync(runtimes).filter((name) => name.endsWith(".runtime.prod.js"));
    expect(names).toContain("app-page-turbo.runtime.prod.js");
    for (const name of names) {
      const text = readFileSync(path.join(runtimes, name), "utf8");
      expect(text, name).not.toMatch(/let \w+=JSON\.stringify\(\w+\)\.length;if\(\w+\.fetchCache/);
    }
    const pageRuntime = readFileSync(path.join(runtimes, "app-page-turbo.runtime.prod.js"), "utf8");
    expect(pageRuntime).toMatch(/&&!this\.hasCustomCacheHandler&&!\w+\.isImplicitBuildTimeCache&&\(\w+=JSON\.stringify\(\w+\)\.length\)>2097152\)/);
  });

  it("stores a page with a custom cache handler without serializing it, and still refuses a large fetch without one", async () => {
    const { IncrementalCache } = require("next/dist/server/lib/incremental-cache") as typeof import("next/dist/server/lib/incremental-cache");
    const stored: string[] = [];
    class Handler {
      async get() {
        return null;
      }
      async set(key: string) {
        stored.push(key);
      }
      async revalidateTag() {}
      resetRequestCache() {}
    }
    const manifest = { version: 4, routes: {}, dynamicRoutes: {}, notFoundRoutes: [], preview: { previewModeId: "x", previewModeSigningKey: "x", previewModeEncryptionKey: "x" } };
    const options = { dev: false, minimalMode: false, requestHeaders: {}, maxMemoryCacheSize: 0, prerenderManifest: manifest, previewProps: manifest.preview, fetchCacheKeyPrefix: "" } as unknown as ConstructorParameters<typeof IncrementalCache>[0];
    // A value that fails if anything turns it into JSON: the page's React payload would be a Buffer.
    const unserializable = { toJSON: () => { throw new Error("serialized"); } };
    const custom = new IncrementalCache({ ...options, CurCacheHandler: Handler as never });
    await custom.set("/page", { kind: "APP_PAGE", html: "<p>x</p>", rscData: unserializable, headers: {}, postponed: undefined, status: 200, segmentData: new Map() } as never, { route: { sourceRoute: "/page", kind: "APP_PAGE" }, cacheControl: { revalidate: 60, expire: undefined }, isRoutePPREnabled: false, isFallback: false } as never);
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatch(/\/page$/);
    // Without a custom handler the 2 MB limit on fetches still holds, so it still measures them.
    const builtIn = new IncrementalCache({ ...options, CurCacheHandler: undefined });
    await expect(builtIn.set("fetch-key", { kind: "FETCH", data: unserializable } as never, { fetchCache: true } as never)).rejects.toThrow("serialized");
  });
});
