import { telegramExport } from "./tests/bench/telegram-export";
import { parseSource } from "./lib/sources/parse";
const text = telegramExport(2000);
const parsed = parseSource({ bytes: Buffer.from(text), name: "result.json" });
console.log(parsed.entries.length, parsed.dropped, parsed.droppedItems.slice(0, 3).map(d => [d.reason, d.text.slice(0, 80)]));
console.log(JSON.parse(text).messages.slice(0, 3));
