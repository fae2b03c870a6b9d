// The cache every instance shares (lib/cache/redis-store.cjs), against a real Redis server of the
// test's own: what one instance flushes is gone for all; a correction of one claim makes stale on
// every instance only what shows it (and every list); a page rendered before a correction is
// never stored as current; with Redis gone every read is a miss, said once, and never an error.
import { performance } from "node:perf_hooks";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { createRedisStore, type RedisStore } from "../../lib/cache/redis-store.cjs";
import { startPrivateRedis, type PrivateRedis } from "../helpers/private-redis";

const GENERATION_TTL_MS = 200;

describe("the shared cache in Redis", () => {
  let redis: PrivateRedis;
  const logged: string[] = [];
  const log = { error: (message: string) => logged.push(message) };
  let instanceA: RedisStore;
  let instanceB: RedisStore;

  beforeAll(async () => {
    redis = await startPrivateRedis();
    instanceA = createRedisStore({ url: redis.url, prefix: "test-a:", log, generationTtlMs: GENERATION_TTL_MS });
    instanceB = createRedisStore({ url: redis.url, prefix: "test-a:", log, generationTtlMs: GENERATION_TTL_MS });
  });
  afterAll(async () => {
    await instanceA?.quit();
    await instanceB?.quit();
    await redis?.stop();
  });

  it("shares entries between instances, with Buffers, Maps and Dates intact", async () => {
    const { generation } = await instanceA.get("page:/claims/x");
    const value = { html: "<html></html>", rscData: Buffer.from("payload"), segmentData: new Map([["/", Buffer.from("s")]]), at: new Date(Date.UTC(2022, 0, 5)) };
    await instanceA.set("page:/claims/x", value, generation);
    const { entry } = await instanceB.get<typeof value>("page:/claims/x");
    expect(entry?.v.html).toBe(value.html);
    expect(Buffer.isBuffer(entry?.v.rscData) && entry.v.rscData.toString()).toBe("payload");
    expect(entry?.v.segmentData.get("/")?.toString()).toBe("s");
    expect(entry?.v.at).toEqual(value.at);
  });

  it("makes every entry a miss on every instance when any instance flushes", async () => {
    const { generation } = await instanceA.get("result:q");
    await instanceA.set("result:q", [1, 2, 3], generation);
    expect((await instanceB.get("result:q")).entry?.v).toEqual([1, 2, 3]);
    await instanceB.bump();
    // At once on the instance that flushed; on the other within the time it trusts a generation.
    expect((await instanceB.get("result:q")).entry).toBeNull();
    await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
    expect((await instanceA.get("result:q")).entry).toBeNull();
  });

  it("never stores as current a page whose render began before a flush", async () => {
    // Instance A misses and starts rendering; a correction is published through B meanwhile.
    const { generation: seenAtMiss } = await instanceA.get("page:/claims/y");
    await instanceB.bump();
    await instanceA.set("page:/claims/y", "rendered from the data before the correction", seenAtMiss);
    expect((await instanceB.get("page:/claims/y")).entry).toBeNull();
  });

  it("after a correction of one claim, keeps current on every instance what does not show it", async () => {
    // Past the time A trusts what it read before B's change in the test before.
    await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
    const { generation } = await instanceA.get("page:/claims/v");
    await instanceA.set("page:/claims/v", "v", generation, { shows: ["claim:v", "claim:z"] });
    await instanceA.set("page:/claims/w", "w", generation, { shows: ["claim:w"] });
    await instanceA.set("page:/search/x", "a list", generation);
    for (const key of ["page:/claims/v", "page:/claims/w", "page:/search/x"]) expect((await instanceB.get(key)).entry).not.toBeNull();

    await instanceB.bump(["claim:w"]);
    const held = async (store: RedisStore) => Promise.all(["page:/claims/v", "page:/claims/w", "page:/search/x"].map(async (key) => (await store.get(key)).entry?.v ?? null));
    // At once on the instance that made the change; on the other within the time it trusts the log.
    expect(await held(instanceB)).toEqual(["v", null, null]);
    await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
    expect(await held(instanceA)).toEqual(["v", null, null]);
    // An instance started after the correction reads the same from the log.
    const late = createRedisStore({ url: redis.url, prefix: "test-a:", log, generationTtlMs: GENERATION_TTL_MS });
    try {
      expect(await held(late)).toEqual(["v", null, null]);
      // A correction of claim z, whose figure v's timeline shows, makes v stale too.
      await late.bump(["claim:z"]);
      expect(await held(late)).toEqual([null, null, null]);
    } finally {
      await late.quit();
    }
  });

  it("counts as a change to anything the changes an instance fell too far behind to read", async () => {
    await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
    const { generation } = await instanceA.get("page:/claims/u");
    await instanceA.set("page:/claims/u", "u", generation, { shows: ["claim:u"] });
    const other = createRedisStore({ url: redis.url, prefix: "test-a:", log, generationTtlMs: GENERATION_TTL_MS });
    try {
      for (let i = 0; i < 5; i += 1) await other.bump([`claim:other-${i}`]);
      await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
      expect((await instanceA.get("page:/claims/u")).entry?.v).toBe("u");
      // More corrections than the log keeps, while A was not looking: A cannot tell whether u's was among them.
      for (let i = 0; i < 1_001; i += 1) await other.bump([`claim:other-${i}`]);
      await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
      expect((await instanceA.get("page:/claims/u")).entry).toBeNull();
      // What A stores now is current again.
      const now = (await instanceA.get("page:/claims/u")).generation;
      await instanceA.set("page:/claims/u", "u again", now, { shows: ["claim:u"] });
      expect((await instanceA.get("page:/claims/u")).entry?.v).toBe("u again");
    } finally {
      await other.quit();
    }
  });

  it("lets one instance render a page every instance misses, the others taking its page", async () => {
    // Both miss the corrected page at once: A renders it, B waits for A's page instead of rendering it too.
    await instanceA.bump(["claim:w"]);
    const { generation } = await instanceA.get("page:/claims/w");
    expect(await instanceA.renderOnce("page:/claims/w")).toBeNull();
    const waiting = instanceB.renderOnce("page:/claims/w");
    await new Promise((resolve) => setTimeout(resolve, 100));
    await instanceA.set("page:/claims/w", "rendered once, by A", generation, { shows: ["claim:w"] });
    expect((await waiting)?.entry.v).toBe("rendered once, by A");
    // Released when stored: the next miss of it renders again.
    expect(await instanceB.renderOnce("page:/claims/w")).toBeNull();
    await instanceB.release("page:/claims/w");
  });

  it("renders a page itself when the instance that was rendering it never stores it", async () => {
    const { generation } = await instanceA.get("page:/claims/v");
    expect(await instanceA.renderOnce("page:/claims/v", 300)).toBeNull();
    const started = performance.now();
    expect(await instanceB.renderOnce("page:/claims/v", 300)).toBeNull();
    expect(performance.now() - started).toBeGreaterThanOrEqual(250);
    // A render that ends without a page (one that must not be kept) releases it at once.
    expect(await instanceA.renderOnce("page:/claims/v", 5_000)).toBeNull();
    const waiting = instanceB.renderOnce("page:/claims/v", 5_000);
    await instanceA.set("page:/claims/v", "not current", generation! - 1);
    await instanceA.release("page:/claims/v");
    expect(await waiting).toBeNull();
  });

  it("reads at once a change it has not heard of when it finds a page made after it", async () => {
    // C trusts what it read for a minute: only the page A stored tells it of A's correction.
    const late = createRedisStore({ url: redis.url, prefix: "test-a:", log, generationTtlMs: 60_000 });
    try {
      expect((await late.get("page:/claims/t")).entry).toBeNull();
      await instanceA.bump(["claim:t"]);
      const { generation } = await instanceA.get("page:/claims/t");
      await instanceA.set("page:/claims/t", "after the correction", generation, { shows: ["claim:t"] });
      const found = await late.get("page:/claims/t");
      expect([found.entry?.v, found.generation]).toEqual(["after the correction", generation]);
    } finally {
      await late.quit();
    }
  });

  it("after a publication on one instance, offers every instance what it holds as servable while it is made again", async () => {
    const { generation } = await instanceA.get("page:/claims/s");
    await instanceA.set("page:/claims/s", "made before the publication", generation, { shows: ["claim:s"] });
    await instanceA.set("result:list", ["made before"], generation);
    await instanceA.bump(null, true);
    await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
    for (const instance of [instanceA, instanceB]) {
      expect((await instance.get("page:/claims/s")).entry).toBeNull();
      const servable = await instance.get("page:/claims/s", { servable: true });
      expect([servable.entry?.v, servable.stale, servable.generation]).toEqual(["made before the publication", true, generation! + 1]);
      expect((await instance.get("result:list", { servable: true })).stale).toBe(true);
    }
    // A correction elsewhere: the list (which names nothing) may show it, the page does not.
    await instanceB.bump(["claim:elsewhere"]);
    expect((await instanceB.get("result:list", { servable: true })).entry).toBeNull();
    expect((await instanceB.get("page:/claims/s", { servable: true })).stale).toBe(true);
  });

  it("keeps each build's entries apart, and one generation for all", async () => {
    const before = createRedisStore({ url: redis.url, prefix: "test-a:", build: "build-1", log, generationTtlMs: GENERATION_TTL_MS });
    const after = createRedisStore({ url: redis.url, prefix: "test-a:", build: "build-2", log, generationTtlMs: GENERATION_TTL_MS });
    try {
      const { generation } = await before.get("result:api claim s");
      await before.set("result:api claim s", { shapedAs: "build 1" }, generation);
      expect((await before.get("result:api claim s")).entry?.v).toEqual({ shapedAs: "build 1" });
      expect((await after.get("result:api claim s")).entry).toBeNull();
      await after.bump();
      await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
      expect((await before.get("result:api claim s")).entry).toBeNull();
    } finally {
      await before.quit();
      await after.quit();
    }
  });

  it("misses without an error while Redis is gone, says so once, and caches again when it is back", async () => {
    await redis.stop();
    const started = Date.now();
    expect(await instanceA.get("page:/claims/z")).toEqual({ entry: null, generation: null });
    const said = logged.filter((message) => message.includes("is not answering")).length;
    for (let i = 0; i < 5; i += 1) expect(await instanceA.get("page:/claims/z")).toEqual({ entry: null, generation: null });
    await instanceA.set("page:/claims/z", "not stored", null);
    await instanceA.bump();
    expect(Date.now() - started).toBeLessThan(2_000);
    // Said once by each client that noticed, not once a request.
    expect(said).toBeGreaterThanOrEqual(1);
    expect(logged.filter((message) => message.includes("is not answering")).length).toBe(said);
    expect(said).toBeLessThanOrEqual(2);
    await redis.start();
    let generation: number | null = null;
    for (let attempt = 0; attempt < 60 && generation === null; attempt += 1) {
      generation = (await instanceA.get("page:/claims/z")).generation;
      if (generation === null) await new Promise((resolve) => setTimeout(resolve, 100));
    }
    expect(generation).not.toBeNull();
    expect(logged.some((message) => message.includes("answering again"))).toBe(true);
    await instanceA.set("page:/claims/z", "stored", generation);
    expect((await instanceA.get("page:/claims/z")).entry?.v).toBe("stored");
  });

  it("forgets what it kept decoded when Redis goes away, so Redis restarting empty never brings back a page", async () => {
    // Both connected again after the outage of the test before, and past the time they trust a generation read before it.
    await new Promise((resolve) => setTimeout(resolve, GENERATION_TTL_MS + 20));
    const answering = async (store: RedisStore) => {
      for (let attempt = 0; attempt < 60; attempt += 1) {
        const { generation } = await store.get("page:/claims/w");
        if (generation !== null) return generation;
        await new Promise((resolve) => setTimeout(resolve, 100));
      }
      return null;
    };
    await answering(instanceB);
    const generation = await answering(instanceA);
    await instanceA.set("page:/claims/w", "kept before the outage", generation);
    // B reads it, and keeps it decoded in its memory.
    expect((await instanceB.get("page:/claims/w")).entry?.v).toBe("kept before the outage");
    // Redis restarts with nothing (it keeps nothing on disk): its generation starts again where the entry's was.
    await redis.stop();
    await redis.start();
    expect(await answering(instanceB)).toBe(generation);
    expect((await instanceB.get("page:/claims/w")).entry).toBeNull();
  });
});
