import { describe, expect, it } from "vitest";
import { encodeCursor } from "./public-filter";
import { canonicalSearchQuery, searchFromKey, searchKey } from "./search-address";

describe("search addresses", () => {
  it("gives every spelling of one search the same key, and reads the search back from it", () => {
    const after = encodeCursor({ publishedAt: new Date("2022-01-10T00:00:00Z"), id: "abc123" });
    const one = searchKey(new URLSearchParams({ q: "Токаев 20 000", verdict: "false", after }));
    const reordered = searchKey(new URLSearchParams([["utm_source", "x"], ["verdict", "FALSE"], ["q", "Токаев 20 000"], ["after", after], ["from", "2022-99-99"]]));
    expect(reordered).toBe(one);
    expect(one).toMatch(/^[A-Za-z0-9_-]+$/);
    const read = searchFromKey(one);
    expect(read.filter).toEqual({ q: "Токаев 20 000", verdict: "false" });
    expect(read.after).toEqual({ publishedAt: new Date("2022-01-10T00:00:00Z"), id: "abc123" });
    expect(canonicalSearchQuery(read.filter, read.after)).toBe(`?q=%D0%A2%D0%BE%D0%BA%D0%B0%D0%B5%D0%B2+20+000&verdict=false&after=${after}`);
  });

  it("names the empty search 'all', and reads any key it did not make as the empty search", () => {
    expect(searchKey(new URLSearchParams())).toBe("all");
    expect(searchKey(new URLSearchParams({ speaker: "<script>" }))).toBe("all");
    for (const key of ["all", "", "../../etc/passwd", "%00", "x".repeat(3000), Buffer.from("after=garbage&language=xx").toString("base64url")]) {
      expect(searchFromKey(key)).toEqual({ filter: {}, after: null });
    }
  });
});
