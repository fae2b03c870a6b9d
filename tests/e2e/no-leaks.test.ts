import { afterAll, beforeAll, describe, expect, inject, it } from "vitest";
import { recordAudit } from "../../lib/audit/record-audit";
import { createDb, type Db } from "../../lib/db/client";

// A marker no public page has any reason to show, written into everything that is not public,
// each field with a second word of its own: a search for the marker may repeat the marker,
// never the second word.
const MARK = "Leakcheck7731";
const FIELDS = { statement: "Qstatement", quote: "Qquote", summary: "Qsummary", translation: "Qtranslation", note: "Qnote" };

describe("drafts, reviewers' notes and audit events never reach visitors", () => {
  const base = inject("baseUrl");
  let db: Db;
  const hidden: { slug: string; speaker: string | null; quantity: string | null; status: string }[] = [];
  // The other browser tests use the demo's drafts too: their words are put back afterwards.
  const originals: { id: string; statement: string; quoteOriginal: string; verdictSummary: string | null; translations: object }[] = [];

  beforeAll(async () => {
    db = createDb(inject("databaseUrl"), { maxConnections: 2 });
    const unpublished = await db.claim.findMany({
      where: { status: { in: ["DRAFT", "IN_REVIEW", "ARCHIVED"] } },
      select: { id: true, slug: true, status: true, statement: true, quoteOriginal: true, verdictSummary: true, translations: true, speaker: { select: { slug: true } }, quantity: { select: { key: true } } },
    });
    expect(new Set(unpublished.map((claim) => claim.status)).size).toBeGreaterThanOrEqual(2);
    for (const claim of unpublished) {
      originals.push({ id: claim.id, statement: claim.statement, quoteOriginal: claim.quoteOriginal, verdictSummary: claim.verdictSummary, translations: claim.translations as object });
      await db.claim.update({
        where: { id: claim.id },
        data: {
          statement: `${MARK} ${FIELDS.statement} ${claim.status}`.slice(0, 75),
          quoteOriginal: `${MARK} ${FIELDS.quote}`,
          verdictSummary: `${MARK} ${FIELDS.summary}`,
          translations: { en: `${MARK} ${FIELDS.translation}` },
        },
      });
      hidden.push({ slug: claim.slug, speaker: claim.speaker?.slug ?? null, quantity: claim.quantity?.key ?? null, status: claim.status });
    }
    // A reviewer's note, as returning a claim to its author records it.
    const published = await db.claim.findFirstOrThrow({ where: { status: "PUBLISHED" }, select: { id: true } });
    await db.$transaction((tx) => recordAudit(tx, { actorId: null, entityType: "Claim", entityId: published.id, action: "return", after: { status: "DRAFT", note: `${MARK} ${FIELDS.note}` } }));
  });
  afterAll(async () => {
    for (const { id, ...words } of originals) await db.claim.update({ where: { id }, data: words });
    await db?.$disconnect();
  });

  async function body(address: string): Promise<{ status: number; text: string }> {
    const response = await fetch(`${base}${address}`);
    const bytes = Buffer.from(await response.arrayBuffer());
    // A zip (the CSV export) is read as its entries' text, not as compressed bytes.
    if (response.headers.get("content-type")?.includes("zip")) {
      const { default: JSZip } = await import("jszip");
      const zip = await JSZip.loadAsync(bytes);
      const texts = await Promise.all(Object.values(zip.files).map((file) => file.async("string")));
      return { status: response.status, text: texts.join("\n") };
    }
    return { status: response.status, text: bytes.toString("utf8") };
  }

  it("the unpublished claims answer 404 on the public site and in the API, in every language", async () => {
    for (const claim of hidden) {
      for (const address of [`/claims/${claim.slug}`, `/ru/claims/${claim.slug}`, `/ky/claims/${claim.slug}`, `/api/v1/claims/${claim.slug}`]) {
        const { status, text } = await body(address);
        expect(status, address).toBe(404);
        expect(text, address).not.toContain(MARK);
        for (const word of Object.values(FIELDS)) expect(text, address).not.toContain(word);
      }
    }
  });

  it("no public page, feed, API answer, export or search shows them", async () => {
    const addresses = [
      "/", "/ru", "/ky", "/quantities", "/how-we-check",
      `/search?q=${MARK}`, `/ru/search?q=${MARK}`, `/search?q=${MARK}&status=DRAFT`, "/search",
      `/api/v1/claims?q=${MARK}`, "/api/v1/claims?limit=100", "/api/v1/claims?status=DRAFT",
      "/feed.xml", "/atom.xml", "/claim-reviews.json", "/sitemap.xml", "/sitemaps/claims-1.xml", "/sitemaps/pages.xml",
      "/exports/claims?format=json", "/exports/claims?format=csv", "/exports/claims?format=claimreview", "/exports/claims?format=report",
      `/exports/claims?format=json&q=${MARK}`, "/exports/claims?format=json&status=DRAFT",
      ...hidden.flatMap((claim) => [claim.speaker ? `/speakers/${claim.speaker}` : null, claim.quantity ? `/quantities/${claim.quantity}` : null, claim.quantity ? `/api/v1/quantities/${claim.quantity}` : null]).filter((each): each is string => each !== null),
    ];
    const leaks: string[] = [];
    for (const address of addresses) {
      const { status, text } = await body(address);
      if (status >= 500) leaks.push(`${address}: HTTP ${status}`);
      for (const word of Object.values(FIELDS)) if (text.includes(word)) leaks.push(`${address}: shows ${word}`);
      if (!address.includes(MARK) && text.includes(MARK)) leaks.push(`${address}: shows ${MARK}`);
      for (const claim of hidden) if (text.includes(`/claims/${claim.slug}"`) || text.includes(`"slug":"${claim.slug}"`)) leaks.push(`${address}: names ${claim.status} ${claim.slug}`);
    }
    expect(leaks).toEqual([]);
  });
});
