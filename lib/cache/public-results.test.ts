import { afterEach, describe, expect, it, vi } from "vitest";
import { localChanges } from "./generation.cjs";
import { recordPublicChange } from "./public-change.cjs";
import { forgetPublicResults, madeAsOf, rememberPublicResult } from "./public-results";

describe("rememberPublicResult", () => {
  afterEach(() => {
    forgetPublicResults();
    vi.useRealTimers();
  });

  it("runs one search for concurrent readers of one query; after a minute serves the old result while one refresh runs", async () => {
    vi.useFakeTimers();
    let runs = 0;
    const work = async () => ++runs;
    expect(await Promise.all([rememberPublicResult("q", work), rememberPublicResult("q", work)])).toEqual([1, 1]);
    expect(await rememberPublicResult("other", work)).toBe(2);
    vi.advanceTimersByTime(59_000);
    expect(await rememberPublicResult("q", work)).toBe(1);
    vi.advanceTimersByTime(2_000);
    // Stale: the reader gets the old result at once, and only one refresh starts for both readers.
    expect(await Promise.all([rememberPublicResult("q", work), rememberPublicResult("q", work)])).toEqual([1, 1]);
    expect(runs).toBe(3);
    expect(await rememberPublicResult("q", work)).toBe(3);
    // Past ten times its limit, nothing old is served: the reader waits for a new search.
    vi.advanceTimersByTime(600_000);
    expect(await rememberPublicResult("q", work)).toBe(4);
  });

  it("keeps a refresh that finished after an editor's change out of the store", async () => {
    vi.useFakeTimers();
    let finish: (value: string) => void = () => {};
    expect(await rememberPublicResult("q", async () => "before")).toBe("before");
    vi.advanceTimersByTime(61_000);
    expect(await rememberPublicResult("q", () => new Promise<string>((resolve) => (finish = resolve)))).toBe("before");
    forgetPublicResults();
    finish("refreshed before the change");
    await Promise.resolve();
    expect(await rememberPublicResult("q", async () => "after")).toBe("after");
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

  it("keeps a result that says what it shows through a correction elsewhere, and no other", async () => {
    let runs = 0;
    const work = async () => ++runs;
    expect(await rememberPublicResult("claims v and z", work, { shows: ["claim:v", "claim:z"] })).toBe(1);
    expect(await rememberPublicResult("search", work)).toBe(2);
    await recordPublicChange(["claim:w"]);
    expect(await rememberPublicResult("claims v and z", work, { shows: ["claim:v", "claim:z"] })).toBe(1);
    expect(await rememberPublicResult("search", work)).toBe(3);
    await recordPublicChange(["claim:z"]);
    expect(await rememberPublicResult("claims v and z", work, { shows: ["claim:v", "claim:z"] })).toBe(4);
  });

  it("reads what a result shows from the result itself, once it is there", async () => {
    let runs = 0;
    // An API answer for a slug shows the claim it found, known only once it is found.
    const work = async () => ({ id: "y", run: ++runs });
    const options = { shows: (found: { id: string } | null) => (found ? [`claim:${found.id}`] : null) };
    expect((await rememberPublicResult("api claim y", work, options)).run).toBe(1);
    await recordPublicChange(["claim:x"]);
    expect((await rememberPublicResult("api claim y", work, options)).run).toBe(1);
    await recordPublicChange(["claim:y"]);
    expect((await rememberPublicResult("api claim y", work, options)).run).toBe(2);
    // A correction of the claim it finds, made while its search runs, makes it stale once it is found.
    let finish!: (value: { id: string; run: number }) => void;
    const pending = rememberPublicResult("api claim q", () => new Promise<{ id: string; run: number }>((resolve) => (finish = resolve)), options);
    await recordPublicChange(["claim:q"]);
    finish({ id: "q", run: 0 });
    await pending;
    expect((await rememberPublicResult("api claim q", work, options)).run).toBe(3);
  });

  it("after a publication, serves what it remembers while one search refreshes it, says it was made before, and searches again what found nothing", async () => {
    let runs = 0;
    const work = async () => ++runs;
    const nothing = async () => (runs++, null);
    expect(await rememberPublicResult("claims list", work)).toBe(1);
    expect(await rememberPublicResult("api claim new", nothing)).toBeNull();
    const made = localChanges().generation;
    await recordPublicChange(null, { added: true });
    // The list made before: served at once, one search refreshing it; what is made from it is named as of before the publication.
    const asOf = madeAsOf();
    expect(await rememberPublicResult("claims list", work, { made: asOf.lower })).toBe(1);
    expect([asOf.made(), asOf.at(made + 1)]).toEqual([made, made]);
    await new Promise((resolve) => setTimeout(resolve, 0));
    const fresh = madeAsOf();
    expect(await rememberPublicResult("claims list", work, { made: fresh.lower })).toBe(3);
    expect([fresh.made(), fresh.at(made + 1)]).toEqual([undefined, made + 1]);
    // The claim just published was "not found": searched again at once.
    expect(await rememberPublicResult("api claim new", async () => ({ found: ++runs }))).toEqual({ found: 4 });
  });
});
