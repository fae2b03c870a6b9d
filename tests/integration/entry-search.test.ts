import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { searchEntries } from "../../lib/entries/queries";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { resetData, testDb } from "../helpers/db";

const db = testDb();

describe("entry search", () => {
  beforeAll(async () => {
    await resetData(db);
    await seedDemo({ db });
  });
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });

  it("finds a name in Kyrgyz and Russian entries alike, whatever its case or ending", async () => {
    const hits = await searchEntries({ db, query: "токаев" });
    expect(new Set(hits.map((hit) => hit.language))).toEqual(new Set(["ky", "ru"]));
    expect(hits.every((hit) => /токаев/i.test(`${hit.headline ?? ""} ${hit.text}`))).toBe(true);
    expect((await searchEntries({ db, query: "кармал" })).map((hit) => hit.text)).toEqual(
      expect.arrayContaining([expect.stringContaining("3706 адам кармалды")]),
    );
  });

  it("needs every word, and finds English too", async () => {
    const hits = await searchEntries({ db, query: "detained interior" });
    expect(hits.map((hit) => hit.text).sort()).toEqual([
      "Nearly 10,000 people have now been detained, the interior ministry said on 11 January.",
      "The interior ministry said 7,939 people had been detained across the country by 10 January.",
    ]);
    expect(await searchEntries({ db, query: "detained zebra" })).toEqual([]);
  });

  it("treats every string as text", async () => {
    for (const query of ["%", "_", "'; DROP TABLE \"Entry\"; --", "<script>alert(1)</script>", "\\", "a:* & !b"]) {
      await expect(searchEntries({ db, query })).resolves.toBeInstanceOf(Array);
    }
    expect(await db.entry.count()).toBeGreaterThan(40);
  });
});
