// A verdict page reads its quantity's timeline in outline and only the figures it shows whole
// (lib/claims/verdict-page.ts): the outline must be the public timeline's figures in its order,
// with its conflicts, and a figure read by id must be the figure the timeline holds.
import { describe, expect, it } from "vitest";
import { findQuantityFigures, findQuantityTimeline, findTimelineOutline } from "../../lib/figures/queries";
import { testDb, withDemoData } from "../helpers/db";

const db = testDb();

describe("a quantity's timeline in outline", () => {
  withDemoData(db);

  it("holds the public timeline's figures in its order with its conflicts, and each figure read by id is the timeline's", async () => {
    // A second figure in the same passage that cannot also be right: a conflict on that day.
    const figure = await db.figureMention.findFirstOrThrow({ where: { quantityId: { not: null }, hedge: "EXACT", value: { gt: 0 } }, orderBy: { id: "asc" } });
    await db.figureMention.create({ data: { entryId: figure.entryId, field: figure.field, text: String(figure.value! * 3), value: figure.value! * 3, hedge: "EXACT", start: figure.start, end: figure.end, quantityId: figure.quantityId, asOf: figure.asOf } });
    const quantities = await db.quantity.findMany({ select: { key: true } });
    let compared = 0;
    for (const { key } of quantities) {
      const timeline = (await findQuantityTimeline({ db, key, publicOnly: true, sourceVisibility: true }))!;
      const outline = await findTimelineOutline({ db, key });
      expect(outline.points.map((point) => [point.id, point.kind, point.value, point.at?.toISOString() ?? null])).toEqual(timeline.points.map((point) => [point.id, point.kind, point.value, point.at?.toISOString() ?? null]));
      expect(outline.conflicted).toEqual(timeline.conflicts.flatMap((conflict) => conflict.ids));
      const ids = timeline.points.map((point) => point.id);
      const read = await findQuantityFigures(db, { ids }, { publicOnly: true, sourceVisibility: true });
      expect(new Map(read.map((point) => [point.id, point]))).toEqual(new Map(timeline.points.map((point) => [point.id, point])));
      compared += ids.length;
    }
    // The demo's timelines hold figures from sources and from claims, and a conflict.
    expect(compared).toBeGreaterThan(10);
    const all = await Promise.all(quantities.map(({ key }) => findQuantityTimeline({ db, key, publicOnly: true, sourceVisibility: true })));
    const points = all.flatMap((timeline) => timeline!.points);
    expect(new Set(points.map((point) => point.kind))).toEqual(new Set(["entry", "claim"]));
    expect(all.some((timeline) => timeline!.conflicts.length > 0)).toBe(true);
  });

  it("leaves out what readers may not see, and an unknown quantity has none", async () => {
    const draft = await db.claim.findFirst({ where: { status: { in: ["DRAFT", "IN_REVIEW"] }, quantityId: { not: null }, figureHedge: { not: null } }, select: { id: true, quantity: { select: { key: true } } } });
    if (draft) expect((await findTimelineOutline({ db, key: draft.quantity!.key })).points.map((point) => point.id)).not.toContain(draft.id);
    expect(await findTimelineOutline({ db, key: "no-such-quantity" })).toEqual({ points: [], conflicted: [] });
  });
});
