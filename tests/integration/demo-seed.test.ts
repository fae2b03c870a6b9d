import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { pageLanguages } from "../../lib/translations/queries";
import { findLatestVerdicts, findPublishedClaim } from "../../lib/claims/public-queries";
import { seedDemo } from "../../prisma/demo/seed-demo";
import { resetData, testDb } from "../helpers/db";

const db = testDb();

describe("demo data", () => {
  beforeAll(() => resetData(db));
  afterAll(async () => {
    await resetData(db);
    await db.$disconnect();
  });

  it("builds the demo newsroom into an empty database", async () => {
    const counts = await seedDemo({ db });
    expect(counts.sources).toBeGreaterThanOrEqual(8);
    expect(counts.entries).toBeGreaterThanOrEqual(40);
    expect(counts.claims).toBeGreaterThanOrEqual(12);
    const languages = await db.source.groupBy({ by: ["language"], _count: { _all: true } });
    expect(languages.map((row) => row.language).sort()).toEqual(["en", "ky", "ru"]);
    for (const key of ["deaths-january-2022", "detained-january-2022"]) {
      expect(await db.figureMention.count({ where: { quantity: { key } } })).toBeGreaterThanOrEqual(4);
    }
    expect(await db.claim.count({ where: { status: "DRAFT" } })).toBeGreaterThan(0);
    expect(await db.user.groupBy({ by: ["role"], _count: { _all: true } })).toHaveLength(3);
    const claims = await db.claim.findMany({ select: { statement: true, evidence: { select: { stance: true } } } });
    for (const claim of claims) {
      expect(claim.evidence.map((item) => item.stance), claim.statement).toEqual(expect.arrayContaining(["SUPPORTS", "CONTRADICTS"]));
    }
    // Every published verdict reads in all three languages, each version approved by a reviewer.
    const published = await db.claim.findMany({ where: { status: { in: ["PUBLISHED", "UPDATED"] } }, select: { id: true, statement: true, verdictSummary: true } });
    const pages = await pageLanguages(published, db);
    for (const claim of published) expect(pages.get(claim.id), claim.statement).toEqual(["en", "ru", "ky"]);
    expect(await db.textVersion.count({ where: { status: "PENDING" } })).toBe(0);
  });

  it("shows only published claims to readers, the 20,000 bandits claim among them", async () => {
    const latest = await findLatestVerdicts({ db });
    expect(latest.length).toBeGreaterThan(0);
    const bandits = await findPublishedClaim({ db, slug: "20-000-bandits-attacked-almaty" });
    expect(bandits).toMatchObject({ statement: "20,000 bandits attacked Almaty", figureValue: 20000, rating: { key: "unproven" } });
    const draft = await db.claim.findFirstOrThrow({ where: { status: "DRAFT" }, select: { slug: true } });
    expect(await findPublishedClaim({ db, slug: draft.slug })).toBeNull();
    expect(latest.map((claim) => claim.slug)).not.toContain(draft.slug);
  });

  it("refuses to seed a database that already has data", async () => {
    await expect(seedDemo({ db })).rejects.toThrow(/already has data .* only built into an empty database/);
  });
});
