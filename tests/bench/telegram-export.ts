// A synthetic Telegram Desktop channel export (result.json) of any size, shaped as Telegram
// Desktop writes it: one-space indentation, service messages, captionless photos, edits,
// forwards, replies, and text given both as a string and as a list of entities. Its posts are
// sentences of the corpus with other numbers, so few repeat.
import { corpusDocuments } from "../helpers/fixtures";

/** The corpus's sentences of 30 to 400 characters. */
function sentences(): string[] {
  return corpusDocuments()
    .filter((document) => document.name.endsWith(".txt"))
    .map((document) => document.bytes.toString("utf8"))
    .join("\n")
    .split(/(?<=[.!?])\s+|\n+/)
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length >= 30 && sentence.length <= 400);
}

/** Telegram Desktop's local time text for an instant ("2022-01-05T14:03:00"), here in UTC+6 (Almaty). */
const local = (unix: number) => new Date((unix + 6 * 3600) * 1000).toISOString().slice(0, 19);

export function telegramExport(messages: number, seed = 7): string {
  const pool = sentences();
  let state = seed;
  const next = () => ((state = (Math.imul(state, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff);
  const pick = () => pool[Math.floor(next() * pool.length)].replace(/\d+/g, (digits) => String(Math.max(1, Math.round(Number(digits) * (0.5 + next())))));
  const start = Date.UTC(2022, 0, 5) / 1000;
  const items: object[] = [];
  for (let id = 1; id <= messages; id += 1) {
    const unix = start + id * 7;
    const date = { date: local(unix), date_unixtime: String(unix) };
    const roll = next();
    if (roll < 0.03) {
      items.push({ id, type: "service", ...date, actor: "Demo channel", actor_id: "channel1", action: "pin_message", message_id: id - 1, text: "", text_entities: [] });
      continue;
    }
    if (roll < 0.06) {
      items.push({ id, type: "message", ...date, from: "Demo channel", from_id: "channel1", photo: "(File not included. Change data exporting settings to download.)", width: 1280, height: 720, text: "", text_entities: [] });
      continue;
    }
    const body = next() < 0.5 ? `${pick()} ${pick()}` : `${pick()} ${pick()} ${pick()}`;
    const message: Record<string, unknown> = { id, type: "message", ...date, from: "Demo channel", from_id: "channel1" };
    if (next() < 0.1) Object.assign(message, { edited: local(unix + 600), edited_unixtime: String(unix + 600) });
    if (next() < 0.1) message.forwarded_from = "Orda.kz";
    if (next() < 0.05) message.reply_to_message_id = Math.max(1, id - 3);
    if (next() < 0.3) {
      const cut = body.indexOf(" ", Math.floor(body.length / 3));
      const head = cut > 0 ? body.slice(0, cut) : body;
      const rest = cut > 0 ? body.slice(cut) : "";
      message.text = [{ type: "bold", text: head }, rest];
      message.text_entities = [{ type: "bold", text: head }, { type: "plain", text: rest }];
    } else {
      message.text = body;
      message.text_entities = [{ type: "plain", text: body }];
    }
    items.push(message);
  }
  return JSON.stringify({ name: "Demo channel", type: "public_channel", id: 1001, messages: items }, null, 1);
}

/**
 * An export larger than `bytes`, with as few messages as that takes: how many depends on the
 * sentences it is made of (the shared corpus when it is beside the project, else the fixtures).
 */
export function telegramExportOver(bytes: number, seed = 7): string {
  for (let messages = 1000; ; messages = Math.ceil(messages * 1.25)) {
    const exported = telegramExport(messages, seed);
    if (Buffer.byteLength(exported) > bytes) return exported;
  }
}
