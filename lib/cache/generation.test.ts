import { describe, expect, it } from "vitest";
import { ChangeLog, formatShows, parseShows, shownBy } from "./generation.cjs";

describe("the public changes' log", () => {
  it("keeps current what does not show the claim a correction changed, and no list", () => {
    const changes = new ChangeLog(4);
    // v's page shows claim z's figure on its timeline.
    const v = shownBy({ claimIds: ["v", "z"] });
    const w = shownBy({ claimIds: ["w"] });
    changes.record(5, shownBy({ claimIds: ["w"] }));
    expect([changes.isCurrent(4, v), changes.isCurrent(4, w), changes.isCurrent(4, null)]).toEqual([true, false, false]);
    // Made after it: current, lists included, until the next change.
    expect([changes.isCurrent(5, w), changes.isCurrent(5, null)]).toEqual([true, true]);
    // A correction of the claim whose figure v's timeline shows.
    changes.record(6, shownBy({ claimIds: ["z"] }));
    expect([changes.isCurrent(4, v), changes.isCurrent(5, w), changes.isCurrent(6, v)]).toEqual([false, true, true]);
  });

  it("counts a change to anything, a number skipped and a number gone back as making everything older stale", () => {
    const changes = new ChangeLog(0);
    const v = ["claim:v"];
    changes.record(1, null);
    expect([changes.isCurrent(0, v), changes.isCurrent(1, v)]).toEqual([false, true]);
    changes.record(3, ["claim:other"]);
    expect([changes.isCurrent(1, v), changes.isCurrent(3, v)]).toEqual([false, true]);
    // Redis started afresh: its count begins again below what was known.
    changes.record(1, ["claim:other"]);
    expect([changes.isCurrent(3, v), changes.isCurrent(1, v), changes.generation]).toEqual([false, true, 1]);
    // Made at a generation not yet known here: not trusted.
    expect(changes.isCurrent(2, v)).toBe(false);
  });

  it("reads only ids as what a page or a change names; anything else names everything", () => {
    expect(parseShows("claim:cm1abc claim:c_2-x")).toEqual(["claim:cm1abc", "claim:c_2-x"]);
    // A page that shows no claim (a search that found none) is current through every correction.
    expect(parseShows(formatShows([]))).toEqual([]);
    const changes = new ChangeLog(0);
    changes.record(1, ["claim:x"]);
    expect([changes.isCurrent(0, []), changes.isCurrent(0, null)]).toEqual([true, false]);
    for (const text of [undefined, "", "*", "claim:a quantity:b", 'claim:a" onload="x', "claim:"]) expect(parseShows(text)).toBeNull();
  });
});
