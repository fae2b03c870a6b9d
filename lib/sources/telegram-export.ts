import { isUtf8 } from "node:buffer";
import Assembler from "stream-json/core/assembler.js";
import { jsonParser } from "stream-json/core/parser.js";
import { none } from "stream-chain/defs.js";
import { refusal } from "../i18n/refusals";
import { checkBytes, decodeBytes, hhmm, MAX_EXPORT_BYTES, SourceFormatError, telegramChannel, type Post, type ReadDocument } from "./formats";

/**
 * A Telegram Desktop export (result.json) read as a stream: a busy channel's export holds
 * 100,000 messages in 150 MB, too much to hold as one string and one tree of objects. The bytes
 * are decoded a slice at a time and handed line by line to stream-json's tokenizer; each
 * message is assembled on its own, turned into a post and let go. The header Telegram Desktop
 * writes before the messages (the channel's name, type and id) gives the title and the links.
 *
 * Each message a post with its exact time, its link, its edit time and, when forwarded, whom it
 * came from; service messages ("pinned", "joined"), media without a caption and empty messages
 * are left out; text entities (bold, links) are read as their text. A file that breaks is named
 * with the line and column where it breaks, or as cut short when it ends in the middle.
 */
type TelegramText = string | { type?: string; text?: string };
type TelegramMessage = {
  id?: number;
  type?: string;
  date?: string;
  date_unixtime?: string;
  edited?: string;
  edited_unixtime?: string;
  forwarded_from?: string | null;
  text?: TelegramText | TelegramText[];
};
type Token = { name: string; value?: unknown };

/** What the export says of itself, filled in as the stream passes it. */
export type TelegramExportHead = { title: string | null; publishedAt: Date | null; encoding: ReadDocument["encoding"]; decoded: string | null; bytesRead: number };

/** A piece of the text as the tokenizer is fed it: a line, or part of a very long one, and where it starts. */
type Piece = { text: string; line: number; column: number };

const LONGEST_PIECE = 1 << 20;

/** Where the text of UTF-8 bytes starts: after a byte-order mark, which is not text (a decoder drops it too). */
function textStart(bytes: Uint8Array): number {
  return bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? 3 : 0;
}

/**
 * The text a line at a time (a line longer than a megabyte in pieces). Each line of UTF-8 bytes
 * is decoded on its own (a newline byte is never part of another character): a line cut from a
 * larger decoded string would keep that string in memory while some of its text is still kept.
 */
function* pieces(bytes: Uint8Array, decoded: string | null, head?: TelegramExportHead): Generator<Piece> {
  if (decoded !== null) {
    yield* linesOf(decoded);
    return;
  }
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.length);
  let line = 1;
  let column = 0;
  let start = textStart(buffer);
  while (start < buffer.length) {
    const newline = buffer.indexOf(0x0a, start);
    let end = newline < 0 ? buffer.length : newline + 1;
    if (end - start > LONGEST_PIECE) {
      end = start + LONGEST_PIECE;
      // Not inside a character: back to the first byte of one.
      while ((buffer[end] & 0xc0) === 0x80) end -= 1;
    }
    const text = buffer.toString("utf8", start, end);
    yield { text, line, column };
    if (end === newline + 1) {
      line += 1;
      column = 0;
    } else {
      column += text.length;
    }
    start = end;
    if (head) head.bytesRead = start;
  }
}

/** A string's lines as pieces (an export in another encoding, decoded whole). */
function* linesOf(text: string): Generator<Piece> {
  let line = 1;
  for (let start = 0; start < text.length; line += 1) {
    const newline = text.indexOf("\n", start);
    const end = newline < 0 ? text.length : newline + 1;
    yield { text: text.slice(start, end), line, column: 0 };
    start = end;
  }
}

/** An instant from Telegram's Unix seconds (exact), else from its local date and time (as the exporting computer's clock showed it). */
function telegramInstant(unix: string | undefined, local: string | undefined): Date | null {
  const date = unix && /^\d+$/.test(unix) ? new Date(Number(unix) * 1000) : local ? new Date(local) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** The public address of a channel's messages: t.me/<name> from the source's address, else t.me/c/<id> (members' links) for a channel. */
function linkBase(head: { type?: unknown; id?: unknown }, address: string | null): string | null {
  const named = address ? telegramChannel(address) : null;
  if (named) return `https://t.me/${named}`;
  if (typeof head.type === "string" && /channel|supergroup/.test(head.type) && Number.isInteger(head.id)) return `https://t.me/c/${head.id}`;
  return null;
}

/** A message as a post, or null when it is not one (a service message, media without a caption, nothing said). */
function postOf(message: TelegramMessage, links: string | null): Post | null {
  if (message.type && message.type !== "message") return null;
  const parts = Array.isArray(message.text) ? message.text : [message.text ?? ""];
  const body = parts.map((part) => (typeof part === "string" ? part : (part?.text ?? ""))).join("").trim();
  if (!body) return null;
  const date = telegramInstant(message.date_unixtime, message.date);
  const url = links && Number.isInteger(message.id) ? `${links}/${message.id}` : null;
  return {
    postedAt: hhmm(date, message.date),
    date,
    text: body,
    key: url ?? (Number.isInteger(message.id) ? String(message.id) : undefined),
    url,
    editedAt: telegramInstant(message.edited_unixtime, message.edited),
    forwardedFrom: typeof message.forwarded_from === "string" && message.forwarded_from.trim() ? message.forwarded_from.trim().slice(0, 200) : null,
  };
}

const tokenize = () => jsonParser({ streamValues: false });

function tokensOf(result: unknown): Token[] {
  if (result === none) return [];
  return (result as { values: Token[] }).values;
}

/** Where the text stops being JSON: the tokenizer run again to the failing piece, then a character at a time. */
function placeOfBreak(all: () => Generator<Piece>, failing: Piece): { line: number; column: number } {
  const again = tokenize();
  for (const piece of all()) {
    if (piece.line === failing.line && piece.column === failing.column) {
      for (let at = 0; at < piece.text.length; at += 1) {
        try {
          again(piece.text[at]);
        } catch {
          return { line: piece.line, column: piece.column + at + 1 };
        }
      }
      break;
    }
    again(piece.text);
  }
  return { line: failing.line, column: failing.column + 1 };
}

/** The tokenizer's words without its name for itself: "expected ':'". */
function detailOf(error: Error): string {
  return error.message.replace(/^Parser (?:cannot parse input: )?/, "").replace(/^has expected/, "expected");
}

/** The export's head (filled in as its posts are read) and its posts. */
export type TelegramExport = { head: TelegramExportHead; posts: Generator<Post> };

/**
 * The posts of a Telegram Desktop export, one at a time, as the bytes are read. `head` fills in
 * as the stream passes the export's name and its first dated post.
 */
export function readTelegramExport(bytes: Uint8Array, name: string, address: string | null): TelegramExport {
  checkBytes(bytes, name, MAX_EXPORT_BYTES);
  // Telegram Desktop writes UTF-8; anything else is decoded whole, like every other source (so at most 20 MB).
  const decoded = isUtf8(bytes) ? null : decodeBytes(bytes, name);
  const head: TelegramExportHead = { title: null, publishedAt: null, encoding: decoded?.encoding ?? "utf-8", decoded: decoded?.text ?? null, bytesRead: 0 };
  return { head, posts: posts((tracked) => pieces(bytes, decoded?.text ?? null, tracked ? head : undefined), name, address, head) };
}

/**
 * The export's original as its source keeps it: its UTF-8 bytes without a byte-order mark
 * (hashed and stored as text as they are, the same as their decoded text), or the decoded text of
 * an export in another encoding.
 */
export function exportOriginal(bytes: Uint8Array, name: string): string | Uint8Array {
  if (!isUtf8(bytes)) return decodeBytes(bytes, name).text;
  return bytes.subarray(textStart(bytes));
}

function* posts(all: (tracked?: boolean) => Generator<Piece>, name: string, address: string | null, head: TelegramExportHead): Generator<Post> {
  const tokenizer = tokenize();
  const header: { name?: unknown; type?: unknown; id?: unknown } = {};
  let links: string | null = null;
  let depth = 0;
  let key: string | null = null;
  let skipping = 0;
  let inMessages = false;
  let sawMessages = false;
  let message: Assembler | null = null;
  let number = 0;
  let characters = 0;
  let anything = false;

  /** The message just assembled, as a post (or nothing, for a message that is not a post). */
  const finished = function* (): Generator<Post> {
    const value = message?.current as unknown;
    message = null;
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      throw new SourceFormatError(refusal("sources.notAMessage", { name, number, found: JSON.stringify(value)?.slice(0, 40) ?? "" }));
    }
    const post = postOf(value as TelegramMessage, links);
    if (post) {
      head.publishedAt ??= post.date;
      yield post;
    }
  };

  const take = function* (tokens: Token[]): Generator<Post> {
    for (const token of tokens) {
      if (message) {
        message.consume(token as never);
        if (message.done) yield* finished();
        continue;
      }
      if (skipping > 0) {
        if (token.name === "startObject" || token.name === "startArray") skipping += 1;
        else if (token.name === "endObject" || token.name === "endArray") skipping -= 1;
        continue;
      }
      if (inMessages) {
        if (token.name === "endArray") {
          inMessages = false;
          continue;
        }
        number += 1;
        message = new Assembler();
        message.consume(token as never);
        if (message.done) yield* finished();
        continue;
      }
      if (depth === 0) {
        if (token.name !== "startObject") throw new SourceFormatError(refusal("sources.notTelegram", { name }));
        depth = 1;
        continue;
      }
      if (token.name === "keyValue") {
        key = token.value as string;
        continue;
      }
      if (token.name === "endObject") {
        depth = 0;
        continue;
      }
      if (key === "messages") {
        if (token.name !== "startArray") throw new SourceFormatError(refusal("sources.notTelegram", { name }));
        inMessages = sawMessages = true;
        head.title = typeof header.name === "string" ? header.name : null;
        links = linkBase(header, address);
        continue;
      }
      if (token.name === "startObject" || token.name === "startArray") skipping = 1;
      else if (key === "name" || key === "type" || key === "id") header[key] = token.name === "numberValue" ? Number(token.value) : token.value;
    }
  };

  for (const piece of all(true)) {
    characters += piece.text.length;
    let tokens: Token[];
    try {
      tokens = tokensOf(tokenizer(piece.text));
      anything ||= tokens.length > 0;
    } catch (error) {
      const place = placeOfBreak(all, piece);
      throw new SourceFormatError(refusal("sources.invalidJson", { name, place: refusal("sources.jsonBreaksAt", { ...place, detail: detailOf(error as Error) }) }));
    }
    yield* take(tokens);
  }
  let last: Token[];
  try {
    last = tokensOf(tokenizer(none as never));
  } catch {
    if (!anything) throw new SourceFormatError(refusal("sources.blank", { name }));
    throw new SourceFormatError(refusal("sources.invalidJson", { name, place: refusal("sources.jsonCutShort", { length: characters }) }));
  }
  yield* take(last);
  if (!sawMessages) throw new SourceFormatError(refusal("sources.notTelegram", { name }));
  if (typeof header.name === "string" && head.title === null) head.title = header.name;
}
