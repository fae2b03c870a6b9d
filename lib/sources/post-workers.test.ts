import { afterAll, describe, expect, it } from "vitest";
import { telegramExportOver } from "../../tests/bench/telegram-export";
import { channelBatchesBy, type PostWork } from "./parse-channel";
import { parseSource } from "./parse";
import { startPostWorkers } from "./post-workers";

// A channel's export parsed by the parse workers (threads) must read exactly as on one thread.
const exported = Buffer.from(telegramExportOver(2 ** 20, 5));
const workers = startPostWorkers({ threads: 2, idleMs: 200 });
afterAll(() => workers.close());

async function parseBy(work: PostWork, ahead?: number) {
  const run = channelBatchesBy({ bytes: exported, name: "result.json", batchSize: 300 }, work, ahead);
  const batches = [];
  let step = await run.next();
  for (; !step.done; step = await run.next()) batches.push(step.value);
  return { batches, summary: step.value };
}

describe("parse workers", () => {
  it("give the same entries, in the same batches, and the same summary as a parse on this thread", async () => {
    const whole = parseSource({ bytes: exported, name: "result.json" });
    expect(whole.entries.length).toBeGreaterThan(500);
    expect(whole.dropped.duplicates).toBeGreaterThan(0);
    for (const ahead of [1, 4]) {
      const { batches, summary } = await parseBy(workers, ahead);
      expect(batches.slice(0, -1).every((batch) => batch.length === 300)).toBe(true);
      expect({ ...summary, entries: batches.flat() }).toEqual(whole);
    }
  });

  it("start when readied, stop when idle, and start again when asked", async () => {
    await workers.close();
    workers.warm();
    expect(workers.running()).toBe(2);
    await parseBy(workers);
    expect(workers.running()).toBe(2);
    await new Promise((resolve) => setTimeout(resolve, 600));
    expect(workers.running()).toBe(0);
    const { batches } = await parseBy(workers);
    expect(batches.flat().length).toBeGreaterThan(500);
    expect(workers.running()).toBe(2);
  });

  it("report a failure in a worker to the parse", async () => {
    const failing: PostWork = { ...workers, entries: () => Promise.reject(new Error("worker broke")) };
    await expect(parseBy(failing)).rejects.toThrow("worker broke");
    // A broken export still says where it breaks, read on this thread as ever.
    const broken = Buffer.from(exported.toString("utf8").replace('"date":', '"date" '));
    const run = channelBatchesBy({ bytes: broken, name: "result.json" }, workers);
    await expect(run.next()).rejects.toThrow(/breaks at line/);
  });
});
