import { describe, expect, it } from "vitest";
import { findPublicClaims } from "../../lib/claims/public-search";
import { searchEntries } from "../../lib/entries/queries";
import { testDb, withDemoData } from "../helpers/db";

const db = testDb();

const texts = async (query: string) => (await searchEntries({ db, query })).hits.map((hit) => `${hit.headline ?? ""} ${hit.text}`);
const statements = async (q: string) => (await findPublicClaims({ db, filter: { q } })).items.map((claim) => claim.statement);

describe("search by word forms", () => {
  withDemoData(db);

  it("finds a name in Kyrgyz and Russian entries alike, whatever its case or ending", async () => {
    const { hits, highlight } = await searchEntries({ db, query: "токаев" });
    expect(new Set(hits.map((hit) => hit.language))).toEqual(new Set(["ky", "ru"]));
    expect(hits.every((hit) => /токаев/i.test(`${hit.headline ?? ""} ${hit.text}`))).toBe(true);
    expect(highlight).toContain("токаев");
    expect(await texts("кармал")).toEqual(expect.arrayContaining([expect.stringContaining("3706 адам кармалды")]));
  });

  it("finds Russian words by other forms of the same word: «погибших» finds «погибли»", async () => {
    expect(await statements("погибли")).toContain("238 people died in the January 2022 events");
    expect(await statements("погибших")).toContain("238 people died in the January 2022 events");
    expect(await texts("погибших")).toEqual(expect.arrayContaining([expect.stringMatching(/погибли/i)]));
    const { highlight } = await searchEntries({ db, query: "погибших" });
    expect(highlight).toContain("погиб");
  });

  it("finds Kyrgyz words by their stem: «бандиттер» finds what «бандит» finds", async () => {
    const bandit = await statements("бандит");
    expect(bandit.length).toBeGreaterThan(0);
    expect(await statements("бандиттер")).toEqual(bandit);
    expect(await statements("бандиттердин")).toEqual(bandit);
  });

  it("finds English words by their stem", async () => {
    expect(await texts("detaining")).toEqual(await texts("detained"));
    expect((await texts("detained")).length).toBeGreaterThan(0);
  });

  it("needs every word, and quoted words as written and in order", async () => {
    expect((await texts("detained interior")).sort()).toEqual([
      " Nearly 10,000 people have now been detained, the interior ministry said on 11 January.",
      " The interior ministry said 7,939 people had been detained across the country by 10 January.",
    ]);
    expect(await texts("detained zebra")).toEqual([]);
    expect(await statements('"погибли 238"')).toContain("238 people died in the January 2022 events");
    expect(await statements('"238 погибли"')).toEqual([]);
    expect(await statements('"погибших"')).toEqual([]);
  });

  it("treats every string as text", async () => {
    for (const query of ["%", "_", "'; DROP TABLE \"Entry\"; --", "<script>alert(1)</script>", "\\", "a:* & !b", '"', "« »", "''"]) {
      await expect(searchEntries({ db, query })).resolves.toHaveProperty("hits");
      await expect(findPublicClaims({ db, filter: { q: query } })).resolves.toHaveProperty("items");
    }
    expect(await db.entry.count()).toBeGreaterThan(40);
  });
});
