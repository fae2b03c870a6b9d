import { refusal } from "../i18n/refusals";
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
/** A channel's Telegram Desktop export (read as a stream) may be larger: 100,000 messages are about 150 MB. */
export const MAX_EXPORT_BYTES = 200 * 1024 * 1024;

/** A Telegram Desktop export is known by its name (result.json). */
export function isTelegramExport(name: string): boolean {
  return name.toLowerCase().endsWith(".json");
}

/** The largest a file of this name may be. */
export function maxSourceBytes(name: string): number {
  return isTelegramExport(name) ? MAX_EXPORT_BYTES : MAX_SOURCE_BYTES;
}

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

/** Refuses what cannot be a source before reading it: nothing, more than `max` bytes, or a binary file. */
export function checkBytes(bytes: Uint8Array, name: string, max = MAX_SOURCE_BYTES): void {
  if (bytes.length === 0) throw new SourceFormatError(refusal("sources.empty", { name }));
  if (bytes.length > max) {
    throw new SourceFormatError(refusal("sources.tooLarge", { name, size: describeSize(bytes.length), max: describeSize(max) }));
  }
  const head = bytes.subarray(0, 8192);
  const controls = head.filter((byte) => byte < 9 || (byte > 13 && byte < 32)).length;
  if (head.includes(0) || controls > head.length * 0.05) {
    throw new SourceFormatError(refusal("sources.binary", { name }));
  }
}

export function decodeBytes(bytes: Uint8Array, name: string): { text: string; encoding: ReadDocument["encoding"] } {
  checkBytes(bytes, name);
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
  if (isTelegramExport(lower)) return "telegram-json";
  if (lower.endsWith(".html") || lower.endsWith(".htm") || /^\s*<(?:!doctype html|html)/i.test(text)) {
    return /tgme_widget_message/.test(text) ? "telegram-html" : "html";
  }
  if (lower.endsWith(".md") || lower.endsWith(".markdown")) return "markdown";
  return "text";
}

// ── Telegram ────────────────────────────────────────────────────────────────────────────
// A Telegram Desktop export (result.json) is read as a stream: lib/sources/telegram-export.ts.

/** A post's clock time ("14:05") as its source wrote it, else from its instant in UTC. */
export function hhmm(date: Date | null, iso: string | undefined | null): string | null {
  const match = iso?.match(/T(\d{2}):(\d{2})/);
  if (match) return `${match[1]}:${match[2]}`;
  return date ? date.toISOString().slice(11, 16) : null;
}

/** A public channel's name as Telegram allows it, and as its addresses and web preview carry it. */
const CHANNEL_NAME = "[A-Za-z0-9_]{3,64}";
const MESSAGE_PATH = new RegExp(`^${CHANNEL_NAME}/\\d+$`);
const CHANNEL_ADDRESS = new RegExp(`^(?:https?://)?(?:www\\.)?(?:t|telegram)\\.me/(?:s/)?(${CHANNEL_NAME})/?(?:[?#].*)?$`, "i");

/** The channel a Telegram address names: t.me/name, t.me/s/name, telegram.me/name (with or without https://); null for any other address. */
export function telegramChannel(address: string): string | null {
  return CHANNEL_ADDRESS.exec(address.trim())?.[1] ?? null;
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

/** Any format but a Telegram Desktop export, which is read as a stream (lib/sources/telegram-export.ts). */
export function readDocument(bytes: Uint8Array, fileName: string): ReadDocument {
  const name = fileLabel(fileName);
  const { text: raw, encoding } = decodeBytes(bytes, name);
  const format = detectFormat(name, raw);
  switch (format) {
    case "telegram-json":
      throw new Error(`${name} is a Telegram Desktop export: read it with readTelegramExport.`);
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
