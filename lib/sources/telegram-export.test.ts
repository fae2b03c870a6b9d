import { describe, expect, it } from "vitest";
import { telegramExportOver } from "../../tests/bench/telegram-export";
import { MAX_EXPORT_BYTES } from "./formats";
import { parseInBatches, parseSource, previewSource } from "./parse";

// A channel's export read as a stream (lib/sources/telegram-export.ts) must read exactly as a
// whole one would: these check it against the same export laid out in other ways.
// Large enough that written on one line it passes a megabyte, the longest piece the tokenizer is fed.
const pretty = telegramExportOver(1.6 * 2 ** 20, 3);
/** Windows-1251 for ASCII and the Russian alphabet (А–я are 0xC0–0xFF there). */
const windows1251 = (text: string) => Buffer.from([...text].map((char) => (char.charCodeAt(0) < 0x80 ? char.charCodeAt(0) : char.charCodeAt(0) - 0x350)));
const entriesOf = (text: string | Uint8Array, name = "result.json") => parseSource({ bytes: typeof text === "string" ? Buffer.from(text) : text, name });

describe("a channel's Telegram Desktop export read as a stream", () => {
  it("gives the same entries a batch at a time as whole, and the same summary", async () => {
    const whole = entriesOf(pretty);
    expect(whole.entries.length).toBeGreaterThan(1000);
    const run = parseInBatches({ bytes: Buffer.from(pretty), name: "result.json", batchSize: 100 });
    const batches = [];
    let step = run.next();
    for (; !step.done; step = run.next()) batches.push(step.value);
    expect(batches.slice(0, -1).every((batch) => batch.length === 100)).toBe(true);
    expect(batches.flat()).toEqual(whole.entries);
    expect({ ...step.value, entries: whole.entries }).toEqual(whole);
    const summary = step.value;
    expect(summary.source).toMatchObject({ title: "Demo channel", kind: "SOCIAL_POST", format: "telegram-json", encoding: "utf-8", publishedAt: "2022-01-05T00:00:07.000Z" });
    // The preview counts everything but keeps only its sample, letting the event loop run while it
    // parses (a web process serves others meanwhile): a timer set beside it fires again and again.
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const preview = previewSource({ bytes: Buffer.from(pretty), name: "result.json" });
    await preview.finally(() => clearInterval(timer));
    expect(ticks).toBeGreaterThan(3);
    expect(await previewSource({ bytes: Buffer.from(pretty), name: "result.json" })).toMatchObject({ entries: whole.entries.length, figures: whole.entries.reduce((sum, entry) => sum + entry.figures.length, 0), sample: whole.entries.slice(0, 8) });
  });

  it("reads the same export written on one line of megabytes, with a byte-order mark, or in Windows-1251", () => {
    const whole = entriesOf(pretty).entries;
    const oneLine = JSON.stringify(JSON.parse(pretty));
    expect(oneLine.length).toBeGreaterThan(1 << 20);
    expect(entriesOf(oneLine).entries).toEqual(whole);
    expect(entriesOf(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(pretty)])).entries).toEqual(whole);
    // Kyrgyz letters have no Windows-1251 form; a Russian export does (mostly Cyrillic, like every Windows-1251 file Factlog reads).
    const RUSSIAN = "Полиция задержала 120 человек на площади Республики, сообщили в пресс-службе городского управления внутренних дел в среду вечером.";
    const russian = JSON.stringify({ name: "Канал", type: "public_channel", id: 7, messages: [{ id: 1, type: "message", date: "2022-01-05T10:00:00", date_unixtime: "1641376800", text: RUSSIAN }] }, null, 1);
    const parsed = entriesOf(windows1251(russian));
    expect(parsed.source.encoding).toBe("windows-1251");
    expect(parsed.entries.map((entry) => entry.text)).toEqual([RUSSIAN]);
  });

  it("names the line and column where an export breaks, however long the line, and one cut short", () => {
    const oneLine = JSON.stringify(JSON.parse(pretty));
    const at = oneLine.indexOf('"id":', (1 << 20) + 5000);
    const broken = `${oneLine.slice(0, at)}"id"${oneLine.slice(at + 5)}`;
    expect(() => entriesOf(broken)).toThrow(`result.json is not valid JSON: it breaks at line 1, column ${(at + 5).toLocaleString("en-US")} (expected ':').`);
    const lines = pretty.split("\n");
    const line = lines.findIndex((text, index) => index > lines.length / 2 && text.includes('"date":'));
    lines[line] = lines[line].replace('"date":', '"date" ');
    // The column of the value's opening quote, where a colon was expected: after "date" and two spaces.
    const column = lines[line].indexOf('"date" ') + '"date"  '.length + 1;
    expect(() => entriesOf(lines.join("\n"))).toThrow(`it breaks at line ${(line + 1).toLocaleString("en-US")}, column ${column} (expected ':').`);
    expect(() => entriesOf(pretty.slice(0, 100_000))).toThrow("result.json is not valid JSON: it ends in the middle, after 100,000 characters: the file is cut short.");
    expect(() => entriesOf(" \n\t ")).toThrow("result.json has only blank space in it.");
  });

  it("takes an export of up to 200 MB, and no larger", () => {
    expect(() => entriesOf(new Uint8Array(MAX_EXPORT_BYTES + 1), "result.json")).toThrow("result.json is 200.0 MB; a source can be at most 200.0 MB. Split it into smaller files.");
    expect(() => entriesOf(new Uint8Array(MAX_EXPORT_BYTES + 1), "blog.txt")).toThrow("blog.txt is 200.0 MB; a source can be at most 20.0 MB. Split it into smaller files.");
  });
});
