import { describe, expect, it } from "vitest";
import { ChangeLog, formatChange, parseChange, formatShows, parseShows, shownBy } from "./generation.cjs";

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

  it("leaves everything made before a publication servable while it is made again, and nothing after a change that may make it wrong", () => {
    const changes = new ChangeLog(0);
    const v = ["claim:v"];
    changes.record(1, null, true);
    // Stale (a list or a timeline may now hold the new claim), but servable.
    expect([changes.isCurrent(0, v), changes.isCurrent(0, null), changes.isServable(0, v), changes.isServable(0, null)]).toEqual([false, false, true, true]);
    expect([changes.isCurrent(1, v), changes.isCurrent(1, null)]).toEqual([true, true]);
    // A correction of another claim: a page that names what it shows is still servable, a list is not (it may show that claim's verdict).
    changes.record(2, ["claim:w"]);
    expect([changes.isServable(0, v), changes.isServable(0, null), changes.isServable(1, null), changes.isCurrent(2, null)]).toEqual([true, false, false, true]);
    // A correction of the claim it shows.
    changes.record(3, v);
    expect([changes.isServable(0, v), changes.isServable(2, v), changes.isServable(3, v)]).toEqual([false, false, true]);
    // A change to anything, and a change this process never learnt of, leave nothing older servable.
    changes.record(4, null, true);
    changes.record(5, null);
    expect([changes.isServable(4, v), changes.isServable(4, null), changes.isCurrent(5, v)]).toEqual([false, false, true]);
    changes.record(6, null, true);
    changes.record(8, null, true);
    expect([changes.isServable(6, v), changes.isServable(7, v), changes.isCurrent(8, null)]).toEqual([false, false, true]);
  });

  it("writes a publication in the log as no other change is written, and reads it back", () => {
    expect(parseChange(formatChange(null, true))).toEqual({ shows: null, added: true });
    expect(parseChange(formatChange(null))).toEqual({ shows: null, added: false });
    expect(parseChange(formatChange(["claim:a"]))).toEqual({ shows: ["claim:a"], added: false });
    // An instance that does not know the mark reads it as a change to anything: never kept longer than it should be.
    expect(parseShows(formatChange(null, true))).toBeNull();
  });
});
