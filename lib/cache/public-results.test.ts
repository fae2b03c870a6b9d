import { afterEach, describe, expect, it, vi } from "vitest";
import { forgetPublicResults, rememberPublicResult } from "./public-results";

describe("rememberPublicResult", () => {
  afterEach(() => {
    forgetPublicResults();
    vi.useRealTimers();
  });

  it("runs one search for concurrent readers of one query, and again after a minute", async () => {
    vi.useFakeTimers();
    let runs = 0;
    const work = async () => ++runs;
    expect(await Promise.all([rememberPublicResult("q", work), rememberPublicResult("q", work)])).toEqual([1, 1]);
    expect(await rememberPublicResult("other", work)).toBe(2);
    vi.advanceTimersByTime(59_000);
    expect(await rememberPublicResult("q", work)).toBe(1);
    vi.advanceTimersByTime(2_000);
    expect(await rememberPublicResult("q", work)).toBe(3);
  });

  it("forgets everything when an editor's change is revalidated, and never keeps a failure", async () => {
    let runs = 0;
    expect(await rememberPublicResult("q", async () => ++runs)).toBe(1);
    forgetPublicResults();
    expect(await rememberPublicResult("q", async () => ++runs)).toBe(2);
    await expect(rememberPublicResult("broken", async () => Promise.reject(new Error("database down")))).rejects.toThrow("database down");
    await new Promise((resolve) => setTimeout(resolve, 0));
    expect(await rememberPublicResult("broken", async () => "recovered")).toBe("recovered");
  });
});
