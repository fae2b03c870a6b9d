// A reader's search, counted in database round trips (issue 16): a search asked for the first
// time is rendered by a busy server, and each round trip waits a turn of its event loop.
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { findPublicClaims } from "../../lib/claims/public-search";
import { searchEntries } from "../../lib/entries/queries";
import { parseSearch } from "../../lib/search/parse";
import { searchMatch } from "../../lib/search/word-forms";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { countedClient } from "../helpers/counted-client";
import { resetData, testDb } from "../helpers/db";

const db = testDb();

describe("a reader's search", () => {
  const counted = countedClient();
  beforeAll(async () => {
    await resetData(db);
    await seedDemo({ db });
  });
  afterAll(async () => {
    await counted.client.$disconnect();
    await resetData(db);
    await db.$disconnect();
  });

  async function count<T>(read: () => Promise<T>): Promise<{ result: T; trips: number; statements: string[] }> {
    await counted.client.$queryRaw`SELECT 1`; // connect outside the count
    counted.counter.trips = 0;
    counted.counter.statements = [];
    const result = await read();
    return { result, trips: counted.counter.trips, statements: counted.counter.statements };
  }

  it("reads the words' forms once for claims and passages alike, and stops when no claim matches", async () => {
    const nothing = await count(async () => {
      const match = searchMatch(counted.client, parseSearch("zqxwords nothing holds"));
      return Promise.all([findPublicClaims({ db: counted.client, filter: { q: "zqxwords nothing holds" }, match, withMenus: true }), searchEntries({ db: counted.client, query: "zqxwords nothing holds", publicOnly: true, match })]);
    });
    expect(nothing.result[0].items).toEqual([]);
    expect(nothing.result[1].hits).toEqual([]);
    // The word forms, the matching claims' ids, the matching passages: nothing else (no menus to draw).
    expect(nothing.trips, nothing.statements.join("\n")).toBe(3);
    expect(nothing.result[0].menus).toEqual({ speakers: [], tags: [], quantities: [] });

    const found = await count(async () => {
      const match = searchMatch(counted.client, parseSearch("погибших"));
      return Promise.all([findPublicClaims({ db: counted.client, filter: { q: "погибших" }, match }), searchEntries({ db: counted.client, query: "погибших", publicOnly: true, match })]);
    });
    expect(found.result[0].items.map((claim) => claim.statement)).toContain("238 people died in the January 2022 events");
    expect(found.result[1].hits.length).toBeGreaterThan(0);
    expect(found.statements.filter((statement) => statement.includes("ts_lexize"))).toHaveLength(1);
  });
});
