import { describe, expect, it } from "vitest";
import { csvField, csvRow, neutraliseFormula } from "./csv";

describe("CSV cells", () => {
  it("quotes commas, quotes and line breaks, and keeps Cyrillic as it is", () => {
    expect(csvField('He said "20 000", then left')).toBe('"He said ""20 000"", then left"');
    expect(csvField("line one\nline two")).toBe('"line one\nline two"');
    expect(csvField("Алматыга 20 миң бандит")).toBe("Алматыга 20 миң бандит");
    expect(csvRow(["a", 1, null, true])).toBe("a,1,,true\r\n");
  });

  it("neutralises cells a spreadsheet would run as a formula, but not negative numbers", () => {
    expect(neutraliseFormula("=HYPERLINK(\"http://x\")")).toBe("'=HYPERLINK(\"http://x\")");
    expect(neutraliseFormula("+7 777")).toBe("'+7 777");
    expect(neutraliseFormula("@SUM(A1)")).toBe("'@SUM(A1)");
    expect(neutraliseFormula("-cmd|' /C calc'!A0")).toBe("'-cmd|' /C calc'!A0");
    expect(neutraliseFormula("-5")).toBe("-5");
    expect(neutraliseFormula("-3,5")).toBe("-3,5");
    expect(csvField("=1+1")).toBe("'=1+1");
  });
});
