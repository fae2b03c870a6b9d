// Records a public change (generation.cjs) where every cache of public answers learns it: in Redis
// for every instance (redis-store.cjs); else in this process, which tells its front door by message
// (lib/server/web-processes.ts relays it to lib/server/door-cache.ts).
/* eslint-disable @typescript-eslint/no-require-imports -- CommonJS: the page cache handler, loaded outside the bundle, uses it too */
const { formatChange, localChanges } = require("./generation.cjs");
const { sharedRedisStore } = require("./redis-store.cjs");
/* eslint-enable @typescript-eslint/no-require-imports */

/** A public change to what `shows` names ("claim:<id>" each), or to anything (null); `added`: a publication (generation.cjs). */
async function recordPublicChange(shows, options = {}) {
  const added = Boolean(options.added);
  const shared = sharedRedisStore();
  if (shared) return shared.bump(shows, added);
  const changes = localChanges();
  const generation = changes.generation + 1;
  changes.record(generation, shows, added);
  if (typeof process.send === "function" && process.connected) process.send({ factlog: "public-change", generation, shows: formatChange(shows, added) });
}

module.exports = { recordPublicChange };
