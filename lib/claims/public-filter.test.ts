import { describe, expect, it } from "vitest";
import { decodeCursor, encodeCursor, parseFilterLeniently, parseFilterStrictly, parseLimit } from "./public-filter";

describe("reader filters", () => {
  it("keeps the filters that parse and drops hostile ones on pages", () => {
    const filter = parseFilterLeniently({
      q: "Токаев 20 000",
      verdict: "FALSE",
      speaker: "'; DROP TABLE \"Claim\"; --",
      language: "xx",
      from: "2022-01-05",
      to: "2022-02-31",
      tag: ["almaty", "other"],
    });
    expect(filter).toEqual({ q: "Токаев 20 000", verdict: "false", from: "2022-01-05", tag: "almaty" });
  });

  it("cuts an overlong search to 200 characters instead of refusing it", () => {
    expect(parseFilterLeniently({ q: "а".repeat(5000) }).q).toHaveLength(200);
  });

  it("names the bad parameter for the API", () => {
    expect(parseFilterStrictly({ language: "xx" })).toEqual({ ok: false, message: 'The parameter "language" must be one of en, ru, ky, kk, mixed.' });
    expect(parseFilterStrictly({ from: "2022-13-01" })).toMatchObject({ ok: false, message: expect.stringContaining('"from" must be a real calendar date') });
    expect(parseFilterStrictly({ speaker: "tokayev", q: "" })).toEqual({ ok: true, value: { speaker: "tokayev" } });
  });

  it("reads limits from 1 to 100 only", () => {
    expect(parseLimit(undefined)).toEqual({ ok: true, value: 20 });
    expect(parseLimit("100")).toEqual({ ok: true, value: 100 });
    expect(parseLimit("0")).toMatchObject({ ok: false });
    expect(parseLimit("1e3")).toMatchObject({ ok: false });
    // An empty parameter gets the 400 the OpenAPI document promises, not a guess.
    expect(parseLimit("")).toMatchObject({ ok: false, message: expect.stringContaining('"limit" is empty') });
    expect(parseFilterStrictly({ from: "" })).toMatchObject({ ok: false, message: expect.stringContaining('"from" is empty') });
    expect(parseFilterLeniently({ from: "", q: "238" })).toEqual({ q: "238" });
  });
});

describe("cursors", () => {
  it("round-trips and refuses anything it did not make", () => {
    const cursor = { publishedAt: new Date("2022-01-10T10:00:00.000Z"), id: "cm0abc123" };
    expect(decodeCursor(encodeCursor(cursor))).toEqual(cursor);
    expect(decodeCursor("not-a-cursor")).toBeNull();
    expect(decodeCursor(Buffer.from('["2022-01-10", "x\' OR 1=1"]').toString("base64url"))).toBeNull();
    expect(decodeCursor(Buffer.from('{"a":1}').toString("base64url"))).toBeNull();
  });
});
