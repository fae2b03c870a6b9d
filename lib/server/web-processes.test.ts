import { execFileSync } from "node:child_process";
import { describe, expect, it } from "vitest";
import { webHeapFlags, webPlan } from "./web-processes";

describe("the web processes npm start runs", () => {
  it("splits the desk from the readers when a shared cache exists", () => {
    expect(webPlan({ FACTLOG_SERVE: "all", FACTLOG_READER_PROCESSES: 2, REDIS_URL: "redis://127.0.0.1:6379/0" })).toEqual({ readers: 2, desk: true, shared: true });
    expect(webPlan({ FACTLOG_SERVE: "readers", FACTLOG_READER_PROCESSES: 1, REDIS_URL: "redis://127.0.0.1:6379/0" })).toEqual({ readers: 1, desk: false, shared: true });
    expect(webPlan({ FACTLOG_SERVE: "desk", FACTLOG_READER_PROCESSES: 3, REDIS_URL: "redis://127.0.0.1:6379/0" })).toEqual({ readers: 0, desk: true, shared: true });
  });

  it("runs one process for both sides without a shared cache, and refuses one side alone", () => {
    expect(webPlan({ FACTLOG_SERVE: "all", FACTLOG_READER_PROCESSES: 4, REDIS_URL: undefined })).toEqual({ readers: 1, desk: false, shared: false });
    expect(() => webPlan({ FACTLOG_SERVE: "desk", FACTLOG_READER_PROCESSES: 1, REDIS_URL: undefined })).toThrow(/FACTLOG_SERVE=desk needs REDIS_URL/);
  });

  it("runs Next.js under a 2,000 MB heap limit, unless NODE_OPTIONS sets one", () => {
    expect(webHeapFlags("")).toEqual(["--max-old-space-size=2000"]);
    expect(webHeapFlags("--enable-source-maps")).toEqual(["--max-old-space-size=2000"]);
    expect(webHeapFlags("--max-old-space-size=8192")).toEqual([]);
    // The flag is what V8 takes for its heap's limit (a little more: the young generation).
    const limit = Number(execFileSync(process.execPath, [...webHeapFlags(""), "-p", "require('node:v8').getHeapStatistics().heap_size_limit"], { encoding: "utf8" }));
    expect(limit / 2 ** 20).toBeGreaterThanOrEqual(2000);
    expect(limit / 2 ** 20).toBeLessThan(2100);
  });
});
