import { refusal, type Refusal } from "../i18n/refusals";
import { parse as parseHtml, type HTMLElement } from "node-html-parser";
import { UserFacingError } from "../errors";
import { letterCounts } from "../text/language";

/**
 * Reading what editors drop in: bytes to text (UTF-8, or Windows-1251 Cyrillic, refusing
 * binaries), then text to paragraphs by format: plain text, Markdown, an article's HTML (its
 * main content, not the page furniture), a Telegram Desktop JSON export, or the HTML of a
 * channel's web preview. Imported markup is read as text and never kept as HTML.
 */
export const MAX_SOURCE_BYTES = 20 * 1024 * 1024;

export class SourceFormatError extends UserFacingError {}

export type Format = "text" | "markdown" | "html" | "telegram-json" | "telegram-html";

/** A post as a channel or a feed gives it: its clock time, full date, text, and (where known) its own id and address. */
export type Post = {
  postedAt: string | null;
  date: Date | null;
  text: string;
  key?: string;
  url?: string | null;
  headline?: string | null;
  /** When it was last edited where it was published, and whom a forwarded post came from. */
  editedAt?: Date | null;
  forwardedFrom?: string | null;
};

export type ReadDocument = {
  format: Format;
  encoding: "utf-8" | "windows-1251";
  /** The decoded original, kept with the source. */
  raw: string;
  title: string | null;
  publishedAt: Date | null;
  /** Plain text for the segmenter; null when the format gives posts directly (Telegram). */
  text: string | null;
  posts: Post[] | null;
};

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`;
}

export function decodeBytes(bytes: Uint8Array, name: string): { text: string; encoding: ReadDocument["encoding"] } {
  if (bytes.length === 0) throw new SourceFormatError(refusal("sources.empty", { name }));
  if (bytes.length > MAX_SOURCE_BYTES) {
    throw new SourceFormatError(refusal("sources.tooLarge", { name, size: describeSize(bytes.length), max: describeSize(MAX_SOURCE_BYTES) }));
  }
  const head = bytes.subarray(0, 8192);
  const controls = head.filter((byte) => byte < 9 || (byte > 13 && byte < 32)).length;
  if (head.includes(0) || controls > head.length * 0.05) {
    throw new SourceFormatError(refusal("sources.binary", { name }));
  }
  let text: string;
  let encoding: ReadDocument["encoding"] = "utf-8";
  try {
    text = new TextDecoder("utf-8", { fatal: true }).decode(bytes);
  } catch {
    const cp1251 = new TextDecoder("windows-1251").decode(bytes);
    const { letters, cyrillic } = letterCounts(cp1251);
    if (letters === 0 || cyrillic < letters * 0.5) {
      throw new SourceFormatError(refusal("sources.encoding", { name }));
    }
    text = cp1251;
    encoding = "windows-1251";
  }
  text = text.replace(/^\ufeff/, "");
  if (!text.trim()) throw new SourceFormatError(refusal("sources.blank", { name }));
  return { text, encoding };
}

export function detectFormat(name: string, text: string): Format {
  const lower = name.toLowerCase();
  if (lower.endsWith(".json")) return "telegram-json";
  if (lower.endsWith(".html") || lower.endsWith(".htm") || /^\s*<(?:!doctype html|html)/i.test(text)) {
    return /tgme_widget_message/.test(text) ? "telegram-html" : "html";
  }
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  return "text";
}

// ── Telegram ────────────────────────────────────────────────────────────────────────────

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
type TelegramExport = { name?: string; type?: string; id?: number; messages?: TelegramMessage[] };

function hhmm(date: Date | null, iso: string | undefined): string | null {
  const match = iso?.match(/T(\d{2}):(\d{2})/);
  if (match) return `${match[1]}:${match[2]}`;
  return date ? date.toISOString().slice(11, 16) : null;
}

/** An instant from Telegram's Unix seconds (exact), else from its local date and time (as the exporting computer's clock showed it). */
function telegramInstant(unix: string | undefined, local: string | undefined): Date | null {
  const date = unix && /^\d+$/.test(unix) ? new Date(Number(unix) * 1000) : local ? new Date(local) : null;
  return date && !Number.isNaN(date.getTime()) ? date : null;
}

/** Where a JSON.parse error is, as a line and column a person can find in an editor. */
function placeOfJsonError(text: string, error: Error): Refusal | string {
  const position = /position (\d+)/.exec(error.message)?.[1];
  if ((position === undefined && /end of JSON input/i.test(error.message)) || Number(position) >= text.trimEnd().length) {
    return refusal("sources.jsonCutShort", { length: text.length });
  }
  if (position === undefined) return error.message;
  const before = text.slice(0, Number(position));
  const line = before.split("\n").length;
  const column = Number(position) - before.lastIndexOf("\n");
  return refusal("sources.jsonBreaksAt", { line, column, detail: error.message.replace(/\s*in JSON at position \d+.*$/, "") });
}

/** A public channel's name as Telegram allows it, and as its addresses and web preview carry it. */
const CHANNEL_NAME = "[A-Za-z0-9_]{3,64}";
const MESSAGE_PATH = new RegExp(`^${CHANNEL_NAME}/\\d+$`);
const CHANNEL_ADDRESS = new RegExp(`^(?:https?://)?(?:www\\.)?(?:t|telegram)\\.me/(?:s/)?(${CHANNEL_NAME})/?(?:[?#].*)?$`, "i");

/** The channel a Telegram address names: t.me/name, t.me/s/name, telegram.me/name (with or without https://); null for any other address. */
export function telegramChannel(address: string): string | null {
  return CHANNEL_ADDRESS.exec(address.trim())?.[1] ?? null;
}

/** The public address of a channel's messages: t.me/<name> from the source's address, else t.me/c/<id> (members' links) for a channel. */
function telegramLinkBase(data: TelegramExport, address: string | null): string | null {
  const named = address ? telegramChannel(address) : null;
  if (named) return `https://t.me/${named}`;
  if (/channel|supergroup/.test(data.type ?? "") && Number.isInteger(data.id)) return `https://t.me/c/${data.id}`;
  return null;
}

/**
 * A Telegram Desktop export (result.json): each message a post with its exact time, its link,
 * its edit time and, when forwarded, whom it came from; service messages ("pinned", "joined"),
 * media without a caption and empty messages are left out; text entities (bold, links) are read
 * as their text.
 */
function readTelegramJson(text: string, name: string, address: string | null): Pick<ReadDocument, "title" | "publishedAt" | "posts"> {
  let data: TelegramExport;
  try {
    data = JSON.parse(text);
  } catch (error) {
    throw new SourceFormatError(refusal("sources.invalidJson", { name, place: placeOfJsonError(text, error as Error) }));
  }
  if (!data || !Array.isArray(data.messages)) {
    throw new SourceFormatError(refusal("sources.notTelegram", { name }));
  }
  const links = telegramLinkBase(data, address);
  const posts: Post[] = [];
  for (const [index, message] of data.messages.entries()) {
    if (!message || typeof message !== "object") {
      throw new SourceFormatError(refusal("sources.notAMessage", { name, number: index + 1, found: JSON.stringify(message)?.slice(0, 40) ?? "" }));
    }
    if (message.type && message.type !== "message") continue;
    const parts = Array.isArray(message.text) ? message.text : [message.text ?? ""];
    const body = parts.map((part) => (typeof part === "string" ? part : (part?.text ?? ""))).join("").trim();
    if (!body) continue;
    const date = telegramInstant(message.date_unixtime, message.date);
    const url = links && Number.isInteger(message.id) ? `${links}/${message.id}` : null;
    posts.push({
      postedAt: hhmm(date, message.date),
      date,
      text: body,
      key: url ?? (Number.isInteger(message.id) ? String(message.id) : undefined),
      url,
      editedAt: telegramInstant(message.edited_unixtime, message.edited),
      forwardedFrom: typeof message.forwarded_from === "string" && message.forwarded_from.trim() ? message.forwarded_from.trim().slice(0, 200) : null,
    });
  }
  return { title: data.name ?? null, publishedAt: posts.find((post) => post.date)?.date ?? null, posts };
}

/** Text of an element with <br> and block ends as line breaks. */
function blockText(element: HTMLElement): string {
  const clone = parseHtml(element.innerHTML.replace(/<br\s*\/?>/gi, "\n"));
  return clone.textContent.replace(/[ \t\u00a0]+/g, " ").replace(/ ?\n ?/g, "\n").trim();
}

/** The posts of a channel's web preview (t.me/s/<channel>), each with its link (https://t.me/<channel>/<id>) when the page gives it. */
export function readTelegramHtml(text: string): Pick<ReadDocument, "title" | "publishedAt" | "posts"> {
  const root = parseHtml(text);
  const posts: Post[] = [];
  for (const message of root.querySelectorAll(".tgme_widget_message")) {
    const body = message.querySelector(".tgme_widget_message_text");
    if (!body) continue;
    const time = message.querySelector("time[datetime]")?.getAttribute("datetime");
    const date = time ? new Date(time) : null;
    const post = message.getAttribute("data-post")?.trim();
    const url = post && MESSAGE_PATH.test(post) ? `https://t.me/${post}` : null;
    posts.push({ postedAt: hhmm(date, time), date: date && !Number.isNaN(date.getTime()) ? date : null, text: blockText(body), key: url ?? undefined, url });
  }
  const title = root.querySelector(".tgme_channel_info_header_title")?.textContent.trim() || root.querySelector("title")?.textContent.trim() || null;
  return { title, publishedAt: posts.find((post) => post.date)?.date ?? null, posts };
}

/** An element's innermost text blocks (paragraphs, headings, list items, cells) as text, one a line; the whole element when it has none. */
function paragraphsOf(element: HTMLElement): string {
  const blocks = element.querySelectorAll(BLOCKS).filter((block) => !block.querySelector(BLOCKS));
  return (blocks.length ? blocks : [element]).map(blockText).filter(Boolean).join("\n");
}

/** The text of an HTML fragment (a feed item's content) as paragraphs, one per line; markup is read as text, never kept. */
export function fragmentText(html: string): string {
  const root = parseHtml(html, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  for (const element of root.querySelectorAll("script, style, noscript, template, iframe, svg")) element.remove();
  return paragraphsOf(root);
}

// ── Articles ────────────────────────────────────────────────────────────────────────────

// Page furniture by element and by the names sites give it: related and "read also" links,
// "popular" and "most read" lists, comment threads, subscription boxes, tags and breadcrumbs.
const FURNITURE = [
  "script, style, noscript, template, iframe, svg, nav, header, footer, aside, form, button, figure figcaption, .share, .social, .related, .advert, .ads, [aria-hidden=true]",
  ...["related", "read-also", "readalso", "read_also", "readmore", "read-more", "more-news", "also-read", "popular", "most-read", "mostread", "trending", "recommend",
    "comments", "comment-", "disqus", "subscribe", "newsletter", "promo", "banner", "breadcrumb", "tags", "sidebar", "share", "social", "incut", "inread"]
    .flatMap((name) => [`[class*=${name}]`, `[id*=${name}]`]),
].join(", ");
// A block that introduces links to other articles or the comments, in any of the three languages.
const FURNITURE_LEAD = /^(?:read (?:also|more)|also read|see also|related(?: (?:news|stories|articles))?|more on this|most read|popular|comments?|читайте (?:также|еще|ещё|нас)|смотрите также|по теме|популярное|самое читаемое|комментари\p{L}*|подписывайтесь|ошондой эле (?:окуңуз|караңыз)|тагы окуңуз|окуңуз|окуй\p{L}*|көп окулгандар|популярдуу|пикирлер|жазылыңыз)\s*[:.!—–-]?/iu;
const BLOCK_CONTAINERS = "p, div, li, section, ul, ol, h2, h3, h4, h5, h6, strong, b";

/**
 * Drops furniture that sites do not name: a block that leads with "Читайте также" or "Read also"
 * (with the list right after a heading that says so), and a paragraph or list item that is one
 * link to another page and nothing else (a related headline, not the article's text).
 */
function dropUnnamedFurniture(main: HTMLElement): void {
  for (const element of main.querySelectorAll(BLOCK_CONTAINERS)) {
    if (!element.parentNode) continue;
    const text = element.textContent.replace(/\s+/g, " ").trim();
    if (text && text.length < 400 && FURNITURE_LEAD.test(text)) {
      const container = /^(?:strong|b)$/i.test(element.tagName) && element.parentNode ? (element.parentNode as HTMLElement) : element;
      const next = container.nextElementSibling;
      if (/^H\d$/i.test(container.tagName) && next && /^(?:UL|OL|DIV)$/i.test(next.tagName)) next.remove();
      container.remove();
      continue;
    }
    if (/^(?:P|LI)$/i.test(element.tagName) && text) {
      const links = element.querySelectorAll("a[href]").filter((link) => !/^#|^javascript:/i.test(link.getAttribute("href") ?? ""));
      const linked = links.map((link) => link.textContent).join("").replace(/\s+/g, " ").trim();
      if (links.length > 0 && linked === text && text.length < 250) element.remove();
    }
  }
}
const BLOCKS = "h1, h2, h3, h4, h5, h6, p, li, blockquote, pre, td";

function readHtml(text: string): Pick<ReadDocument, "title" | "publishedAt" | "text"> {
  const root = parseHtml(text, { blockTextElements: { script: false, style: false, noscript: false, pre: true } });
  const meta = (selector: string) => root.querySelector(selector)?.getAttribute("content")?.trim() || null;
  const title = meta('meta[property="og:title"]') ?? (root.querySelector("title")?.textContent.trim() || null);
  const published =
    meta('meta[property="article:published_time"]') ??
    meta('meta[name="date"]') ??
    meta('meta[itemprop="datePublished"]') ??
    root.querySelector("time[datetime]")?.getAttribute("datetime") ??
    null;
  const publishedAt = published && !Number.isNaN(new Date(published).getTime()) ? new Date(published) : null;
  const main = root.querySelector("article") ?? root.querySelector("main") ?? root.querySelector('[role="main"]') ?? root.querySelector("body") ?? root;
  for (const element of main.querySelectorAll(FURNITURE)) element.remove();
  dropUnnamedFurniture(main);
  return { title, publishedAt, text: paragraphsOf(main) };
}

function readMarkdown(text: string): Pick<ReadDocument, "title" | "text"> {
  const title = text.match(/^#\s+(.+)$/m)?.[1]?.trim() ?? null;
  const plain = text
    .replace(/^```[\s\S]*?^```/gm, "")
    .replace(/!\[[^\]]*\]\([^)]*\)/g, "")
    .replace(/\[([^\]]+)\]\([^)]*\)/g, "$1")
    .replace(/^#{1,6}\s+/gm, "")
    .replace(/^>\s?/gm, "")
    .replace(/(\*\*|__|\*|_|`)(\S(?:.*?\S)?)\1/g, "$2")
    .replace(/^\s*[-*+]\s+/gm, "- ");
  return { title, text: plain };
}

/** A leading "date YYYY-MM-DD" line or prefix, as some scrapes carry. */
function readDatePrefix(text: string): { text: string; publishedAt: Date | null } {
  const match = /^\s*date\s+(\d{4}-\d{2}-\d{2})\b[ \t]*/i.exec(text);
  if (!match) return { text, publishedAt: null };
  return { text: text.slice(match[0].length), publishedAt: new Date(`${match[1]}T00:00:00Z`) };
}

/**
 * A file's name as messages and titles show it: the base name only (a path sent as a name is
 * not trusted), without control or direction-override characters, at most 120 characters;
 * "The file" when nothing is left.
 */
export function fileLabel(name: string): string {
  const base = (name.split(/[\\/]/).pop() ?? "").replace(/[\u0000-\u001f\u007f\u202a-\u202e\u2066-\u2069]/g, "").trim();
  return base ? base.slice(0, 120) : "The file";
}

/** `address` is the source's own address, where the editor gave one (a channel's t.me address gives its messages their links). */
export function readDocument(bytes: Uint8Array, fileName: string, address: string | null = null): ReadDocument {
  const name = fileLabel(fileName);
  const { text: raw, encoding } = decodeBytes(bytes, name);
  const format = detectFormat(name, raw);
  switch (format) {
    case "telegram-json":
      return { format, encoding, raw, text: null, ...readTelegramJson(raw, name, address) };
    case "telegram-html":
      return { format, encoding, raw, text: null, ...readTelegramHtml(raw) };
    case "html":
      return { format, encoding, raw, posts: null, ...readHtml(raw) };
    case "markdown": {
      const dated = readDatePrefix(raw);
      return { format, encoding, raw, posts: null, publishedAt: dated.publishedAt, ...readMarkdown(dated.text) };
    }
    default: {
      const dated = readDatePrefix(raw);
      return { format, encoding, raw, posts: null, title: null, publishedAt: dated.publishedAt, text: dated.text };
    }
  }
}
