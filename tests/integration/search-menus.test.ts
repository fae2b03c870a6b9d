// The search page's filter menus (speakers, tags, quantities) list what the claims matching the
// words hold, so they stay short however many speakers a newsroom has checked.
import { describe, expect, it } from "vitest";
import { findFilterOptions, findPublicClaims } from "../../lib/claims/public-search";
import { testDb, withDemoData } from "../helpers/db";

const db = testDb();

describe("the search's filter menus", () => {
  withDemoData(db);

  it("list the speakers, tags and quantities of the matching claims, and nothing else", async () => {
    const found = await findPublicClaims({ db, filter: { q: "Токаев" }, withMenus: true, limit: 1 });
    const all = await findFilterOptions({ db });
    // Every matching claim, not only the page's one, speaks for the menus.
    const matching = await db.claim.findMany({
      where: { status: "PUBLISHED", id: { in: (await findPublicClaims({ db, filter: { q: "Токаев" }, limit: 50 })).items.map((claim) => claim.id) } },
      select: { speaker: { select: { slug: true } }, quantity: { select: { key: true } }, tags: { select: { tag: { select: { slug: true } } } } },
    });
    expect(matching.length).toBeGreaterThan(1);
    const menus = found.menus!;
    expect(menus.speakers.map((speaker) => speaker.slug).sort()).toEqual([...new Set(matching.flatMap((claim) => (claim.speaker ? [claim.speaker.slug] : [])))].sort());
    expect(menus.quantities.map((quantity) => quantity.key).sort()).toEqual([...new Set(matching.flatMap((claim) => (claim.quantity ? [claim.quantity.key] : [])))].sort());
    expect(menus.tags.map((tag) => tag.slug).sort()).toEqual([...new Set(matching.flatMap((claim) => claim.tags.map((tag) => tag.tag.slug)))].sort());
    // Fewer than every speaker with a published claim, in the same order as the full menu.
    expect(menus.speakers.length).toBeLessThan(all.speakers.length);
    const order = all.speakers.map((speaker) => speaker.slug).filter((slug) => menus.speakers.some((speaker) => speaker.slug === slug));
    expect(menus.speakers.map((speaker) => speaker.slug)).toEqual(order);
    expect(menus.tags[0]).toEqual(expect.objectContaining({ id: expect.any(String), slug: expect.any(String), label: expect.any(String) }));
  });

  it("are empty when nothing matches, and not drawn for a later page or without words", async () => {
    expect((await findPublicClaims({ db, filter: { q: "zqxnothing" }, withMenus: true })).menus).toEqual({ speakers: [], tags: [], quantities: [] });
    expect((await findPublicClaims({ db, filter: {}, withMenus: true })).menus).toBeNull();
    const first = await findPublicClaims({ db, filter: { q: "Токаев" }, limit: 1 });
    expect(first.next).not.toBeNull();
    expect((await findPublicClaims({ db, filter: { q: "Токаев" }, cursor: first.next, withMenus: true })).menus).toBeNull();
    // Only when asked for.
    expect((await findPublicClaims({ db, filter: { q: "Токаев" } })).menus).toBeNull();
  });
});
