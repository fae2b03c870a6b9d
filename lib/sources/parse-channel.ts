import type { Language } from "../text/language";
import { fileLabel, type Post } from "./formats";
import { countsOf, entriesOf, firstOfEach, kindOf, majorityLanguage, titleFrom, weigh, cleanedPost, type CleanedPost, type Dated, type ParsedEntry, type ParsedSummary, type ParseOptions } from "./parse-parts";
import type { Dropped } from "./segment";
import { readTelegramExport, type TelegramExport } from "./telegram-export";

/**
 * A Telegram Desktop export parsed a batch of entries at a time. Its messages are read as a
 * stream (lib/sources/telegram-export.ts) and parsed a chunk of posts at a time: each post's
 * cleaning and its entry need no other post, so they can be done by parse workers on other cores
 * (lib/sources/post-workers.ts), while keeping the first of each repeated post, numbering the
 * entries and saying what the source is stay here, in the posts' order. Either way the entries
 * are the same.
 */
export type ChannelOptions = ParseOptions & { batchSize?: number; onRead?: (fraction: number) => void };

/** The two halves of a post's parse that need no other post, as a worker does them; `warm` readies the workers before the file is read. */
export type PostWork = {
  clean(posts: Post[]): Promise<CleanedPost[]>;
  entries(segments: Dated[], language: Language | undefined): Promise<ParsedEntry[]>;
  warm(): void;
};

/** A promise kept in the event loop's next turn, after whatever else is waiting. */
export const nextTurn = () => new Promise((resolve) => setImmediate(resolve));

/**
 * The same work on this thread, each chunk in a turn of the event loop of its own, so whatever
 * else the process does (a web request, the database's replies to an import) goes on between:
 * for a small export, a preview, or where no parse workers run.
 */
export const inTurns: PostWork = {
  clean: async (posts) => {
    await nextTurn();
    return posts.map(cleanedPost);
  },
  entries: async (segments, language) => {
    await nextTurn();
    return entriesOf(segments, language);
  },
  warm: () => {},
};

const PARSE_BATCH = 5000;
// Posts handed on at a time, and how many such chunks may be in each half at once.
const CHUNK = 250;

function* chunks<T>(items: Iterable<T>, size: number): Generator<T[]> {
  let chunk: T[] = [];
  for (const item of items) {
    chunk.push(item);
    if (chunk.length === size) {
      yield chunk;
      chunk = [];
    }
  }
  if (chunk.length) yield chunk;
}

/** What the whole export is building up to, in the posts' order: repeats seen, entries numbered, languages weighed. */
class Channel {
  readonly exported: TelegramExport;
  private readonly seen = new Set<string>();
  private readonly droppedItems: Dropped[] = [];
  private readonly weight = new Map<Language, number>();
  private first: ParsedEntry | undefined;
  private ordinal = 0;
  private batch: ParsedEntry[] = [];

  constructor(private readonly options: ChannelOptions) {
    this.exported = readTelegramExport(options.bytes, fileLabel(options.name), options.address ?? null);
  }

  keep(cleaned: CleanedPost[]): Dated[] {
    return firstOfEach(cleaned, this.seen, this.droppedItems);
  }

  /** Numbers the entries in order; gives back the batches they fill. */
  place(entries: ParsedEntry[]): ParsedEntry[][] {
    const full: ParsedEntry[][] = [];
    for (const entry of entries) {
      entry.ordinal = this.ordinal += 1;
      this.first ??= entry;
      weigh(this.weight, entry);
      this.batch.push(entry);
      if (this.batch.length >= (this.options.batchSize ?? PARSE_BATCH)) {
        this.options.onRead?.(this.exported.head.bytesRead / this.options.bytes.length);
        full.push(this.batch);
        this.batch = [];
      }
    }
    return full;
  }

  /** The last batch, unless empty. */
  rest(): ParsedEntry[][] {
    return this.batch.length ? [this.batch] : [];
  }

  summary(): ParsedSummary {
    const { head } = this.exported;
    return {
      source: {
        title: titleFrom(head.title, this.first, fileLabel(this.options.name)),
        language: this.options.language ?? majorityLanguage(this.weight),
        publishedAt: head.publishedAt ? head.publishedAt.toISOString() : null,
        kind: kindOf(this.options.kind, true, this.droppedItems, () => 0),
        format: "telegram-json",
        encoding: head.encoding,
      },
      dropped: countsOf(this.droppedItems),
      droppedItems: this.droppedItems,
      raw: head.decoded,
    };
  }
}

/** The export parsed here, on this thread. */
export function* channelBatches(options: ChannelOptions): Generator<ParsedEntry[], ParsedSummary> {
  const channel = new Channel(options);
  for (const posts of chunks(channel.exported.posts, CHUNK)) {
    yield* channel.place(entriesOf(channel.keep(posts.map(cleanedPost)), options.language));
  }
  yield* channel.rest();
  return channel.summary();
}

/** A promise whose failure is reported to whoever awaits it, and not as unhandled when nobody does (the parse stopped first). */
function awaited<T>(promise: Promise<T>): Promise<T> {
  promise.catch(() => undefined);
  return promise;
}

/**
 * The export parsed by `work` (parse workers), the same as channelBatches: a few chunks of posts
 * are being cleaned and a few made entries at any moment, and each is taken back in order.
 */
export async function* channelBatchesBy(options: ChannelOptions, work: PostWork, ahead = 4): AsyncGenerator<ParsedEntry[], ParsedSummary> {
  const channel = new Channel(options);
  const posts = chunks(channel.exported.posts, CHUNK);
  const cleaning: Promise<CleanedPost[]>[] = [];
  const making: Promise<ParsedEntry[]>[] = [];
  let more = true;
  for (;;) {
    while (more && cleaning.length < ahead) {
      const next = posts.next();
      if (next.done) more = false;
      else cleaning.push(awaited(work.clean(next.value)));
    }
    const cleaned = cleaning.shift();
    if (cleaned) {
      const kept = channel.keep(await cleaned);
      making.push(kept.length ? awaited(work.entries(kept, options.language)) : Promise.resolve([]));
    }
    // Entries are taken as they come while posts are still being cleaned, and all of them at the end.
    while (making.length > (cleaning.length ? ahead : 0)) yield* channel.place(await making.shift()!);
    if (!more && cleaning.length === 0 && making.length === 0) break;
  }
  yield* channel.rest();
  return channel.summary();
}
