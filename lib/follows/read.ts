import { refusal } from "../i18n/refusals";
import { createHash } from "node:crypto";
import { parseFeed } from "@rowanmanning/feed-parser";
import { UserFacingError } from "../errors";
import { fragmentText, readTelegramHtml, telegramChannel, type Post } from "../sources/formats";

/**
 * What a followed address's answer holds (issue 18): the posts of an RSS or Atom feed (through
 * @rowanmanning/feed-parser) or of a Telegram channel's web preview, each with a key that stays
 * the same when the post is edited (the feed item's id or link, the message's t.me link).
 */
export class FollowReadError extends UserFacingError {}

export type FollowKind = "FEED" | "TELEGRAM";
export type FollowedPost = Post & { key: string };
export type FollowedDocument = { title: string | null; language: string | null; posts: FollowedPost[] };

const HTML_PAGE = /^\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype html|html)[\s>]/i;

/** A Telegram address as its web preview's: t.me/name, t.me/s/name and telegram.me/name all become https://t.me/s/name. */
export function telegramPreviewUrl(address: string): string | null {
  const channel = telegramChannel(address);
  return channel ? `https://t.me/s/${channel}` : null;
}

/** A feed item's headline, unless its title is only the start of its text (as channels' feeds give it). */
function headlineOf(title: string | null, text: string): string | null {
  const plain = title?.replace(/\s+/g, " ").trim();
  if (!plain) return null;
  const start = plain.replace(/(?:…|\.\.\.)$/, "").trim();
  return text.replace(/\s+/g, " ").startsWith(start) ? null : plain.slice(0, 500);
}

/** The clock time as the feed wrote it, in its own time zone ("Sat, 15 Jan 2022 10:03:00 +0600" is 10:03), not in UTC. */
function writtenClock(item: ReturnType<typeof parseFeed>["items"][number]): string | null {
  for (const name of ["pubdate", "published", "date", "updated"]) {
    const written = item.element.findElementWithName(name)?.textContent;
    const match = written ? /(?:T|\s)(\d{2}):(\d{2})/.exec(written) : null;
    if (match && Number(match[1]) < 24 && Number(match[2]) < 60) return `${match[1]}:${match[2]}`;
  }
  return null;
}

function readFeed(body: string): FollowedDocument {
  // An entity declared in the feed itself can expand a few bytes into gigabytes (the
  // "billion laughs"); no real feed needs one, so none is read at all.
  if (/<!ENTITY/i.test(body.slice(0, 64 * 1024))) {
    throw new FollowReadError(refusal("follows.entities"));
  }
  if (HTML_PAGE.test(body)) {
    throw new FollowReadError(refusal("follows.webPage"));
  }
  let feed: ReturnType<typeof parseFeed>;
  try {
    feed = parseFeed(body);
  } catch (error) {
    throw new FollowReadError(refusal("follows.notFeed", { detail: (error as Error).message }));
  }
  const posts: FollowedPost[] = [];
  for (const item of feed.items) {
    const text = fragmentText(item.content ?? item.description ?? "") || (item.title?.trim() ?? "");
    if (!text) continue;
    const date = item.published ?? item.updated;
    const key = item.id ?? item.url ?? `sha256:${createHash("sha256").update(`${item.title ?? ""}\n${text}`).digest("hex")}`;
    posts.push({
      key: key.slice(0, 2000),
      url: item.url && /^https?:\/\//i.test(item.url) ? item.url : null,
      headline: headlineOf(item.title, text),
      text,
      date: date && !Number.isNaN(date.getTime()) ? date : null,
      postedAt: writtenClock(item),
    });
  }
  return { title: feed.title?.trim() || null, language: feed.language?.slice(0, 2).toLowerCase() ?? null, posts };
}

function readChannel(body: string): FollowedDocument {
  if (!/tgme_widget_message|tgme_channel_info/.test(body)) {
    throw new FollowReadError(refusal("follows.notTelegram"));
  }
  const { title, posts } = readTelegramHtml(body);
  return { title, language: null, posts: (posts ?? []).filter((post): post is FollowedPost => Boolean(post.key)) };
}

export function readFollowed(kind: FollowKind, body: string): FollowedDocument {
  return kind === "TELEGRAM" ? readChannel(body) : readFeed(body);
}
