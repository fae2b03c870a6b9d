// Followed feeds and channels (issue 18) against a real PostgreSQL, the real queue and a feed
// server started here whose answers change between polls: new posts become entries of one
// source, an edited post updates its entry and its claim's quote, ETag and Last-Modified are
// honoured, and every bad answer (404, 500, silence, a web page, an entity bomb, an endless
// body, a redirect loop, a redirect to this server) is told in words, keeps the earlier
// entries and backs the next poll off.
import { inEnglish } from "../../lib/errors";
import http from "node:http";
import zlib from "node:zlib";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, beforeEach, describe, expect, inject, it } from "vitest";
import { createClaim } from "../../lib/claims/mutations";
import { sqlEntryTime, sqlEntryTimeKnown } from "../../lib/figures/entry-time-sql";
import { createFollow, setFollowState } from "../../lib/follows/mutations";
import { backoffSeconds, pollFollow } from "../../lib/follows/poll";
import { telegramPreviewUrl } from "../../lib/follows/read";
import { dispatchFollows, startFollowWorker } from "../../lib/follows/worker";
import { createImportQueue, startImportQueue } from "../../lib/sources/import-jobs";
import { resetData, testDb } from "../helpers/db";
import { newsroom } from "../helpers/newsroom";

type Answer = (request: http.IncomingMessage, response: http.ServerResponse) => void;

const rss = (items: { guid: string; title: string; body: string; date: string }[]) => `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0"><channel><title>Live: Almaty, January</title><language>ru</language>
${items.map((item) => `<item><guid isPermaLink="false">${item.guid}</guid><title>${item.title}</title><link>https://news.example.org/live/${item.guid}</link><description><![CDATA[${item.body}]]></description><pubDate>${item.date}</pubDate></item>`).join("\n")}
</channel></rss>`;

const FIRST = [
  { guid: "p1", title: "Генпрокуратура о жертвах", body: "<p>Генпрокуратура сообщила, что погибли 225 человек.</p>", date: "Sat, 15 Jan 2022 10:03:00 +0600" },
  { guid: "p2", title: "Задержания", body: "<p>МВД: задержаны 9900 человек по всей стране.</p><script>alert(1)</script>", date: "Mon, 10 Jan 2022 18:20:00 +0600" },
];

describe("following feeds and channels", () => {
  const db = testDb();
  let answer: Answer = (_request, response) => response.writeHead(404).end();
  const requests: http.IncomingHttpHeaders[] = [];
  const server = http.createServer((request, response) => {
    requests.push(request.headers);
    answer(request, response);
  });
  let base = "";
  const fast = { timeoutMs: 1_500, maxBytes: 256 * 1024, maxRedirects: 5 };
  const own = ["http://factlog.test"];

  beforeAll(async () => {
    await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", () => resolve()));
    base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  });
  afterAll(async () => {
    server.closeAllConnections();
    await new Promise((resolve) => server.close(resolve));
    await db.$disconnect();
  });
  beforeEach(async () => {
    await resetData(db);
    requests.length = 0;
  });

  async function follow(path: string, extra: { allowPrivate?: boolean } = {}) {
    const { admin } = await newsroom(db);
    const created = await createFollow({ db, actor: admin, input: { url: `${base}${path}`, intervalMinutes: 2, allowPrivate: extra.allowPrivate ?? true, outlet: "News Example" } });
    return { admin, id: created.id };
  }

  it("brings new posts as entries of one source, honours the ETag, and updates an edited post and its claim's quote", async () => {
    let items = FIRST;
    let etag = '"v1"';
    answer = (request, response) => {
      if (request.headers["if-none-match"] === etag) return void response.writeHead(304).end();
      const body = zlib.gzipSync(rss(items));
      response.writeHead(200, { "content-type": "application/rss+xml; charset=utf-8", "content-encoding": "gzip", etag }).end(body);
    };
    const { admin, id } = await follow("/live.rss");

    const first = await pollFollow({ db, followId: id, ownOrigins: own, limits: fast });
    expect(first).toMatchObject({ ok: true, added: 2, updated: 0 });
    const stored = await db.follow.findUniqueOrThrow({ where: { id } });
    expect(stored).toMatchObject({ title: "Live: Almaty, January", etag: '"v1"', failures: 0, lastError: null });
    expect(inEnglish(stored.lastOutcome!)).toBe("2 new entries");
    expect(stored.nextPollAt.getTime() - stored.lastPolledAt!.getTime()).toBe(120_000);
    const entries = await db.entry.findMany({ where: { sourceId: stored.sourceId! }, orderBy: { ordinal: "asc" } });
    // Oldest first, each with its full date, its clock time as written, its own address; markup read as text.
    expect(entries.map((entry) => [entry.ordinal, entry.postedAt, entry.publishedAt?.toISOString(), entry.url])).toEqual([
      [1, "18:20", "2022-01-10T12:20:00.000Z", "https://news.example.org/live/p2"],
      [2, "10:03", "2022-01-15T04:03:00.000Z", "https://news.example.org/live/p1"],
    ]);
    expect(entries[0].text).toBe("МВД: задержаны 9900 человек по всей стране.");
    expect(entries[1]).toMatchObject({ headline: "Генпрокуратура о жертвах", language: "ru" });
    const source = await db.source.findUniqueOrThrow({ where: { id: stored.sourceId! }, include: { outlet: true } });
    expect(source).toMatchObject({ kind: "LIVE_BLOG", url: `${base}/live.rss`, outlet: { name: "News Example" } });
    // A figure's moment on the timeline is its entry's own date and time, not the source's.
    expect(await db.figureMention.findFirstOrThrow({ where: { entryId: entries[0].id } })).toMatchObject({ value: 9900, asOf: null });
    const [placed] = await db.$queryRaw<{ at: Date; known: boolean }[]>`
      SELECT ${sqlEntryTime()} AS "at", ${sqlEntryTimeKnown()} AS "known" FROM "Entry" e JOIN "Source" s ON s."id" = e."sourceId" WHERE e."id" = ${entries[0].id}`;
    expect(placed).toEqual({ at: new Date("2022-01-10T12:20:00Z"), known: true });

    // Not modified: nothing read, nothing added.
    expect(await pollFollow({ db, followId: id, ownOrigins: own, limits: fast })).toMatchObject({ ok: true, notModified: true, added: 0 });
    expect(requests.at(-1)!["if-none-match"]).toBe('"v1"');
    expect(inEnglish((await db.follow.findUniqueOrThrow({ where: { id } })).lastOutcome!)).toMatch(/not modified/);

    // A claim quoting the first post; then the post is edited and a new one arrives.
    const claim = await createClaim({ db, actor: admin, input: { statement: "9,900 people were detained", quoteOriginal: "задержаны 9900 человек", quoteLanguage: "ru", entryId: entries[0].id } });
    items = [
      { guid: "p3", title: "Новое", body: "<p>Президент: на Алматы напали 20 тысяч бандитов.</p>", date: "Tue, 11 Jan 2022 09:00:00 +0600" },
      { ...FIRST[1], body: "<p>Обновлено. МВД: задержаны 9900 человек по всей стране.</p>" },
      FIRST[0],
    ];
    etag = '"v2"';
    expect(await pollFollow({ db, followId: id, ownOrigins: own, limits: fast })).toMatchObject({ ok: true, added: 1, updated: 1 });
    expect(inEnglish((await db.follow.findUniqueOrThrow({ where: { id } })).lastOutcome!)).toBe("1 new entry, 1 entry updated");
    const edited = await db.entry.findUniqueOrThrow({ where: { id: entries[0].id } });
    expect(edited.text).toBe("Обновлено. МВД: задержаны 9900 человек по всей стране.");
    expect(edited.editedAt).not.toBeNull();
    const anchored = await db.claim.findUniqueOrThrow({ where: { id: claim.id } });
    expect(anchored).toMatchObject({ anchorState: "EXACT", anchorExact: "задержаны 9900 человек", anchorStart: 16 });
    expect(await db.entry.count({ where: { sourceId: stored.sourceId! } })).toBe(3);
    expect(await db.auditEvent.count({ where: { entityType: "Entry", entityId: entries[0].id, action: "correct" } })).toBe(1);
  });

  it("follows a Telegram channel through its web preview, each message's link kept", async () => {
    expect(telegramPreviewUrl("t.me/orda_kz")).toBe("https://t.me/s/orda_kz");
    expect(telegramPreviewUrl("https://t.me/s/orda_kz/")).toBe("https://t.me/s/orda_kz");
    expect(telegramPreviewUrl("https://example.org/t.me/x")).toBeNull();
    answer = (_request, response) =>
      response.writeHead(200, { "content-type": "text/html; charset=utf-8" }).end(`<!DOCTYPE html><html><head><title>Orda</title></head><body>
        <div class="tgme_channel_info_header_title">Orda.kz</div>
        <div class="tgme_widget_message" data-post="orda_kz/101"><div class="tgme_widget_message_text">Алматыда 20 миң бандит кол салды деп айтылды.<br>Booked &lt;b&gt;</div><time datetime="2022-01-07T10:15:00+06:00"></time></div>
        <div class="tgme_widget_message" data-post="orda_kz/102"><div class="tgme_widget_message_text">Погибли 238 человек.</div><time datetime="2022-01-16T08:00:00+06:00"></time></div>
      </body></html>`);
    const { id } = await follow("/s/orda_kz");
    await db.follow.update({ where: { id }, data: { kind: "TELEGRAM" } });
    expect(await pollFollow({ db, followId: id, ownOrigins: own, limits: fast })).toMatchObject({ ok: true, added: 2 });
    const stored = await db.follow.findUniqueOrThrow({ where: { id }, include: { source: { include: { entries: { orderBy: { ordinal: "asc" } } } } } });
    expect(stored.title).toBe("Orda.kz");
    expect(stored.source?.kind).toBe("SOCIAL_POST");
    expect(stored.source?.entries.map((entry) => [entry.url, entry.publishedAt?.toISOString(), entry.text])).toEqual([
      ["https://t.me/orda_kz/101", "2022-01-07T04:15:00.000Z", "Алматыда 20 миң бандит кол салды деп айтылды.\nBooked <b>"],
      ["https://t.me/orda_kz/102", "2022-01-16T02:00:00.000Z", "Погибли 238 человек."],
    ]);
    // Polled again with the same page: nothing new, nothing doubled.
    expect(await pollFollow({ db, followId: id, ownOrigins: own, limits: fast })).toMatchObject({ ok: true, added: 0, updated: 0 });
  });

  it("tells each bad answer in words, keeps the earlier entries and backs off", async () => {
    answer = (_request, response) => response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(FIRST));
    const { id } = await follow("/feed");
    await pollFollow({ db, followId: id, ownOrigins: own, limits: fast });
    const sourceId = (await db.follow.findUniqueOrThrow({ where: { id } })).sourceId!;

    const bomb = `<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol"><!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;"><!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">]><rss version="2.0"><channel><title>&lol3;</title></channel></rss>`;
    const cases: { name: string; answer: Answer; error: RegExp }[] = [
      { name: "404", answer: (_q, r) => r.writeHead(404).end("gone"), error: /answered 404 Not Found\. Check the address/ },
      { name: "500", answer: (_q, r) => r.writeHead(500).end(), error: /answered 500 Internal Server Error\. The server's own error/ },
      { name: "silence", answer: () => {}, error: /No complete answer within 2 s/ },
      { name: "a web page", answer: (_q, r) => r.writeHead(200, { "content-type": "text/html" }).end("<!DOCTYPE html><html><body><p>Hello</p></body></html>"), error: /a web page, not an RSS or Atom feed/ },
      { name: "an entity bomb", answer: (_q, r) => r.writeHead(200, { "content-type": "application/xml" }).end(bomb), error: /declares XML entities of its own/ },
      { name: "not XML", answer: (_q, r) => r.writeHead(200, { "content-type": "application/xml" }).end("{\"json\": true}"), error: /not an RSS or Atom feed that can be read/ },
      {
        name: "an endless body",
        answer: (_q, r) => {
          r.writeHead(200, { "content-type": "application/xml" });
          const chunk = Buffer.alloc(64 * 1024, "a");
          const pump = () => {
            while (r.write(chunk)) if (r.destroyed) return;
          };
          r.on("drain", pump);
          r.on("error", () => {});
          pump();
        },
        error: /larger than 256 KB; Factlog stopped reading it/,
      },
      { name: "a gzip bomb", answer: (_q, r) => r.writeHead(200, { "content-encoding": "gzip" }).end(zlib.gzipSync(Buffer.alloc(20 * 1024 * 1024, "a"))), error: /larger than/ },
      { name: "a redirect loop", answer: (q, r) => r.writeHead(302, { location: q.url === "/feed" ? "/feed2" : "/feed" }).end(), error: /redirects in a loop/ },
      { name: "a redirect to this server", answer: (_q, r) => r.writeHead(301, { location: "http://factlog.test/api/v1/claims" }).end(), error: /Refused after a redirect to http:\/\/factlog\.test\/api\/v1\/claims: The address is this Factlog server itself/ },
    ];
    let failures = 0;
    for (const each of cases) {
      answer = each.answer;
      const started = Date.now();
      const outcome = await pollFollow({ db, followId: id, ownOrigins: own, limits: fast });
      failures += 1;
      expect(outcome, each.name).toMatchObject({ ok: false, error: expect.stringMatching(each.error) });
      expect(Date.now() - started, each.name).toBeLessThan(5_000);
      const stored = await db.follow.findUniqueOrThrow({ where: { id } });
      expect(stored.failures, each.name).toBe(failures);
      expect(inEnglish(stored.lastError!), each.name).toMatch(/Next try in/);
      expect(stored.nextPollAt.getTime() - stored.lastPolledAt!.getTime(), each.name).toBe(backoffSeconds(120, failures) * 1000);
      expect(await db.entry.count({ where: { sourceId } }), each.name).toBe(2);
    }
    expect(backoffSeconds(120, 1)).toBe(240);
    expect(backoffSeconds(120, 20)).toBe(6 * 60 * 60);

    // Back to a good answer: the failures are forgotten.
    answer = (_request, response) => response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(FIRST));
    expect(await pollFollow({ db, followId: id, ownOrigins: own, limits: fast })).toMatchObject({ ok: true, added: 0 });
    const recovered = await db.follow.findUniqueOrThrow({ where: { id } });
    expect(recovered).toMatchObject({ failures: 0, lastError: null });
    expect(inEnglish(recovered.lastOutcome!)).toBe("Nothing new");
  });

  it("refuses private addresses unless an admin allows them, and bad input in words", async () => {
    const { admin, editor } = await newsroom(db);
    await expect(createFollow({ db, actor: editor, input: { url: `${base}/feed`, allowPrivate: true } })).rejects.toThrow("Only an admin can allow a private address.");
    await expect(createFollow({ db, actor: editor, input: { url: "ftp://example.org/feed" } })).rejects.toThrow(/http:\/\/ and https:\/\/ addresses only/);
    await expect(createFollow({ db, actor: editor, input: { url: "https://user:secret@example.org/feed" } })).rejects.toThrow(/a credential never travels in a URL/);
    await expect(createFollow({ db, actor: editor, input: { url: "https://example.org/feed", intervalMinutes: 0 } })).rejects.toThrow("Look at most once a minute.");
    const created = await createFollow({ db, actor: editor, input: { url: `${base}/feed` } });
    await expect(createFollow({ db, actor: admin, input: { url: `${base}/feed` } })).rejects.toThrow(/already followed/);
    answer = (_request, response) => response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(FIRST));
    const outcome = await pollFollow({ db, followId: created.id, ownOrigins: own, limits: fast });
    expect(outcome).toMatchObject({ ok: false, error: expect.stringMatching(/^Refused: 127\.0\.0\.1 is an internal address \(127\.0\.0\.1\); an admin can allow private addresses/) });
    expect(requests).toHaveLength(0);
  });

  it("polls on the queue at each follow's interval; paused and stopped follows are not polled", async () => {
    answer = (_request, response) => response.writeHead(200, { "content-type": "application/rss+xml" }).end(rss(FIRST));
    const { admin, id } = await follow("/feed");
    const paused = await createFollow({ db, actor: admin, input: { url: `${base}/paused`, allowPrivate: true } });
    await setFollowState({ db, actor: admin, id: paused.id, state: "PAUSED" });
    const boss = createImportQueue(inject("databaseUrl"));
    await startImportQueue(boss);
    const stop = await startFollowWorker({ db, boss, ownOrigins: own, sweepMs: 200, log: () => {} });
    try {
      for (let waited = 0; waited < 15_000; waited += 200) {
        if ((await db.follow.findUniqueOrThrow({ where: { id } })).lastPolledAt) break;
        await new Promise((resolve) => setTimeout(resolve, 200));
      }
      const polled = await db.follow.findUniqueOrThrow({ where: { id } });
      expect(inEnglish(polled.lastOutcome!)).toBe("2 new entries");
      // Not due again for two minutes: the sweep hands nothing over.
      expect(await dispatchFollows(db, boss)).toBe(0);
      expect((await db.follow.findUniqueOrThrow({ where: { id: paused.id } })).lastPolledAt).toBeNull();
      expect(requests.every((headers) => headers["user-agent"]?.startsWith("Factlog"))).toBe(true);
      // Stopped, then followed again: the same follow and source, nothing imported twice.
      await setFollowState({ db, actor: admin, id, state: "STOPPED" });
      const again = await createFollow({ db, actor: admin, input: { url: `${base}/feed`, allowPrivate: true } });
      expect(again.id).toBe(id);
    } finally {
      stop();
      await boss.stop({ graceful: false, wait: true });
    }
  });
});
