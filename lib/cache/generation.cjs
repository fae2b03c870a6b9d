// The public caches' generations: every public change, on any instance, is one more. A page, a
// remembered result or the front door's copy of an answer is made as of a generation (the one seen
// when its work began) and, when it says so, names the claims it shows (a verdict page: its claim
// and those whose figures its timeline shows, as "claim:<id>"). Most changes are to anything
// (revalidatePublicPages): everything made before them is stale. A correction of one verdict is a
// change to that claim only: what does not show it stays current, so
// a correction published while readers flood in makes only its own pages and the lists be
// rendered again (docs/decisions/0015). What names nothing (a list, a search, the home page, an
// API answer) is stale after any change.
//
// With Redis, the changes are kept there for every instance (redis-store.cjs); without it, this
// process keeps its own (here, on globalThis: Next.js loads the cache handler outside the bundle,
// and the route handlers' bundled copy of this module must read the same one). An answer that
// names the generation it was made at carries it in GENERATION_HEADER, and what it shows in SHOWS_HEADER.
const GENERATION_HEADER = "x-factlog-generation";
const SHOWS_HEADER = "x-factlog-shows";
// A publication adds a claim and changes nothing any page shows: what was made before it is stale
// (a list or a timeline may now hold the new claim) but may still be served while it is made again
// (isServable), so a publication during a flood of readers does not send every one of them to a
// render at once. Written ADDED in the log. Corrections, archives and every other change may make
// a page wrong, not only incomplete: nothing made before them is served.
const ADDED = "+";
// What a change or an answer may name: claims' ids, as "claim:<id>", or NOTHING (a
// search that lists no claim shows nothing a correction changes). Anything else is read as
// naming anything, so it is stale after any change: never kept longer than it should be.
const SHOWN = /^claim:[A-Za-z0-9_-]{1,64}$/;
const NOTHING = "nothing";
// A process remembers at most this many items changed since the last change to anything; past
// that, the next change counts as one to anything.
const MAX_SHOWN = 10_000;

/** Parses what a header, a page or a stored change names: a list of items, or null for "anything". */
function parseShows(text) {
  if (typeof text !== "string" || text.trim() === "" || text === "*") return null;
  if (text === NOTHING) return [];
  const items = text.trim().split(/\s+/);
  return items.every((item) => SHOWN.test(item)) ? items : null;
}

/** What a page or a change names: its claims, by id. */
function shownBy({ claimIds }) {
  return claimIds.map((id) => `claim:${id}`);
}

/** How a list of shown items is written in a header, a page attribute or a stored change. */
function formatShows(shows) {
  if (shows === null || shows === undefined) return "*";
  return shows.length === 0 ? NOTHING : shows.join(" ");
}

/** How a change is written in the log and in messages: an addition, or what it changed (formatShows). */
function formatChange(shows, added = false) {
  return added ? ADDED : formatShows(shows);
}

/** A change as written by formatChange: what it changed (null: anything), and whether it was an addition. */
function parseChange(text) {
  return text === ADDED ? { shows: null, added: true } : { shows: parseShows(text), added: false };
}

/** The changes a process knows of, in order; tells whether something made as of a generation is still current. */
class ChangeLog {
  constructor(generation = 0) {
    this.start(generation);
  }

  /** Starts over at `generation`: nothing made before it is current, or may be served. */
  start(generation) {
    this.generation = generation;
    this.emptiedAt = generation;
    // The last addition, and the last change to named items: what names nothing may be served
    // after additions, never after a change to an item it may show.
    this.addedAt = generation;
    this.itemsChangedAt = generation;
    this.changedAt = new Map();
  }

  /**
   * Change number `generation`, to `shows` (null: to anything), or an addition (`added`). A number
   * skipped means a change this process never learnt of, so it counts as one to anything; a number
   * gone back (Redis started afresh) starts over.
   */
  record(generation, shows, added = false) {
    if (generation === this.generation) return;
    if (generation < this.generation) return this.start(generation);
    if (generation !== this.generation + 1) return this.start(generation);
    if (added) {
      this.addedAt = generation;
      this.generation = generation;
      return;
    }
    if (shows === null || this.changedAt.size + shows.length > MAX_SHOWN) return this.start(generation);
    for (const item of shows) this.changedAt.set(item, generation);
    this.itemsChangedAt = generation;
    this.generation = generation;
  }

  /** Whether what was made as of `made`, showing `shows` (null: a list, anything), is current. */
  isCurrent(made, shows) {
    if (!this.isServable(made, shows) || made < this.addedAt) return false;
    return shows === null || shows === undefined ? made === this.generation : true;
  }

  /** Whether it may be served while it is made again: stale, if at all, only by additions since it was made. */
  isServable(made, shows) {
    if (!Number.isInteger(made) || made > this.generation || made < this.emptiedAt) return false;
    if (shows === null || shows === undefined) return made >= this.itemsChangedAt;
    return shows.every((item) => (this.changedAt.get(item) ?? 0) <= made);
  }
}

/** The changes this process made itself, for when there is no Redis. */
function localChanges() {
  globalThis.factlogLocalChanges ??= new ChangeLog();
  return globalThis.factlogLocalChanges;
}

module.exports = { GENERATION_HEADER, SHOWS_HEADER, ChangeLog, formatChange, formatShows, localChanges, parseChange, parseShows, shownBy };
