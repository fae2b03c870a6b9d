import { describe, expect, it } from "vitest";
import { columnName, xmlText } from "./xlsx";

describe("the spreadsheet's text", () => {
  it("names columns as spreadsheets do", () => {
    expect([0, 25, 26, 37, 701, 702].map(columnName)).toEqual(["A", "Z", "AA", "AL", "ZZ", "AAA"]);
  });

  it("escapes what XML reserves and leaves out what XML cannot carry, keeping every other character", () => {
    expect(xmlText('a < b && c > "d"')).toBe('a &lt; b &amp;&amp; c &gt; "d"');
    // A bell, a vertical tab and a lone surrogate half (a cut emoji) would make the file unreadable.
    expect(xmlText("bell\u0007 tab\u000B half\uD83D end")).toBe("bell tab half end");
    expect(xmlText("Алматы 😀\ttab\r\nline")).toBe("Алматы 😀\ttab\r\nline");
  });
});
