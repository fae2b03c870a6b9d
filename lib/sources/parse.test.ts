import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fixture } from "../../tests/helpers/fixtures";
import { decodeBytes, MAX_SOURCE_BYTES, SourceFormatError } from "./formats";
import { parseSource, previewSource, toEntryInput, toParseJson } from "./parse";
import { segmentInSteps, segmentText } from "./segment";

const parse = (name: string, kind?: "auto" | "live-blog" | "article" | "telegram") => parseSource({ bytes: fixture(name), name, kind });

describe("a scraped live blog (Kyrgyz)", () => {
  const parsed = parse("live-blog-ky.txt");
  const texts = parsed.entries.map((entry) => entry.text);

  it("splits posts at glued time stamps, never at a time inside a sentence", () => {
    expect(parsed.source.kind).toBe("LIVE_BLOG");
    expect(parsed.entries.map((entry) => entry.postedAt)).toEqual([null, null, "17:05", "16:50", "16:20"]);
    expect(texts[2]).toBe("Ички иштер министрлиги 250 адам кармалганын билдирди (саат 16:30дагы маалымат).");
  });

  it("splits a headline glued to its body, including one in quotes", () => {
    expect(parsed.entries[1].headline).toBe("Шаарда 12 миң адам чогулду");
    expect(parsed.entries[3]).toMatchObject({ headline: "Аэропорт жабылды", text: "Бардык каттамдар 3,5 саатка кийинкиге калтырылды." });
    expect(parsed.entries[4].headline).toBe('"Акыркы кабар" агенттиги: жолдор жабылды');
  });

  it("keeps a numbered list inside its entry, one item a line", () => {
    expect(texts[1]).toContain("коюшту:\n1. Бааны төмөндөтүү\n2. Өкмөттүн отставкасы;\n3. Кармалгандарды бошотуу");
  });

  it("keeps each post once and drops furniture, keeping what it dropped", () => {
    expect(new Set(texts).size).toBe(texts.length);
    expect(texts.join("\n")).not.toMatch(/Шерине|сүрөт Demo\.kg/);
    expect(parsed.dropped.duplicates).toBe(8);
    expect(parsed.droppedItems.filter((item) => item.reason === "noise").map((item) => item.text)).toEqual(
      expect.arrayContaining(["Шерине", "Башкы беттеги сүрөт Demo.kg сайтынан алынды."]),
    );
  });

  it("finds every figure but the list markers and the clock time, with spans into their field", () => {
    const figures = parsed.entries.flatMap((entry) => entry.figures.map((figure) => [figure.field, figure.text, figure.value]));
    expect(figures).toEqual([
      ["headline", "12 миң", 12000],
      ["text", "3", 3],
      ["text", "250", 250],
      ["text", "3,5", 3.5],
    ]);
    for (const entry of parsed.entries) {
      for (const figure of entry.figures) expect((figure.field === "text" ? entry.text : entry.headline)?.slice(figure.start, figure.end)).toBe(figure.text);
    }
    expect(parsed.entries.every((entry) => entry.language === "ky")).toBe(true);
  });
});

describe("a Telegram channel copied as text (Russian)", () => {
  const parsed = parse("channel-copy-ru.txt");
  it("joins lines broken in mid-sentence, drops placeholders and repeats, and reads hedges", () => {
    expect(parsed.source).toMatchObject({ kind: "SOCIAL_POST", language: "ru" });
    expect(parsed.entries[0].text).toBe("12 января жители города вышли на площадь с требованием снизить цены, полиция перекрыла центральные улицы.");
    expect(parsed.entries.map((entry) => entry.headline)).toContain("‼️ Протест перерос в столкновения");
    expect(parsed.dropped).toEqual({ duplicates: 3, noise: 2 });
    expect(parsed.entries.flatMap((entry) => entry.figures.map((figure) => [figure.text, figure.hedge, figure.value]))).toEqual([
      ["около 40", "approx", 40],
      ["не менее 2 тысяч", "at_least", 2000],
    ]);
  });
});

describe("HTML articles", () => {
  const parsed = parse("article-en.html");
  it("keeps the main content as text, reads the title and date, and drops scripts, handlers and furniture", () => {
    expect(parsed.source).toMatchObject({ title: "Demo Wire: detentions rise", publishedAt: "2022-01-11T15:00:00.000Z", language: "en", kind: "ARTICLE" });
    expect(parsed.entries[0].headline).toBe("Detentions rise to nearly 10,000");
    expect(parsed.entries.map((entry) => entry.text)).toEqual([
      "The interior ministry said on 11 January that nearly 10,000 people had been detained.",
      "Lawyers said many detainees were held without counsel.",
      "The ministry denied any mistreatment.",
    ]);
    const all = JSON.stringify(parsed.entries);
    expect(all).not.toMatch(/alert|onclick|onerror|<|tracker|Most read|Home|Share/);
  });
});

describe("page furniture inside a news article", () => {
  const html = `<!doctype html><html><head><title>Задержания</title></head><body>
    <article>
      <h1>В Казахстане задержаны почти 8 тысяч человек</h1>
      <p>По данным МВД, к 10 января задержаны 7939 человек.</p>
      <div class="article__readalso"><span>Читайте также:</span> <a href="/news/1">Токаев назвал число задержанных — 9900 человек</a></div>
      <p><strong>Читайте также:</strong> <a href="/news/2">В Алматы погибли 164 человека</a></p>
      <p><a href="/news/3">Ущерб бизнесу оценили в 136,8 млрд тенге</a></p>
      <h3>Read also</h3>
      <ul><li><a href="/news/4">More than 200 injured in Almaty</a></li></ul>
      <p>Ведомство уточнило, что 3,5 тысячи из них освобождены.</p>
      <section class="popular-news"><h2>Популярное</h2><ol><li>Курс тенге упал на 5%</li></ol></section>
      <div id="comments"><p>Гость: на самом деле 20 тысяч!</p></div>
      <div class="b-block"><p>Көп окулгандар</p><p>Бишкекте 300 адам чогулду</p></div>
    </article></body></html>`;
  const parsed = parseSource({ bytes: new TextEncoder().encode(html), name: "tengri.html" });
  const text = parsed.entries.map((entry) => [entry.headline, entry.text].filter(Boolean).join(" ")).join("\n");
  const values = parsed.entries.flatMap((entry) => entry.figures.map((figure) => figure.value));

  it("keeps the article's own text", () => {
    expect(text).toContain("По данным МВД, к 10 января задержаны 7939 человек.");
    expect(text).toContain("Ведомство уточнило, что 3,5 тысячи из них освобождены.");
    expect(values).toContain(7939);
    expect(values).toContain(3500);
  });

  it("drops related links, 'read also' blocks, popular lists and comments, and their figures", () => {
    for (const furniture of ["9900", "164 человека", "136,8", "More than 200", "Курс тенге", "20 тысяч", "Популярное", "Читайте также"]) expect(text).not.toContain(furniture);
    for (const value of [9900, 164, 136_800_000_000, 200, 5, 20_000]) expect(values).not.toContain(value);
  });
});

describe("Telegram exports", () => {
  it("reads a Telegram Desktop JSON export: one entry per message, with its time, repeats once", () => {
    const parsed = parse("channel-export.json");
    expect(parsed.source).toMatchObject({ title: "Demo channel", kind: "SOCIAL_POST", publishedAt: "2022-01-04T14:05:00.000Z" });
    expect(parsed.entries.map((entry) => [entry.postedAt, entry.text])).toEqual([
      ["14:05", "На площади собралось около 5 тысяч человек."],
      ["15:30", "Срочно: правительство ушло в отставку."],
    ]);
    expect(parsed.dropped.duplicates).toBe(1);
  });

  it("reads a channel's web preview, with markup inside posts kept as text", () => {
    const parsed = parse("channel-preview.html");
    expect(parsed.source).toMatchObject({ title: "Demo channel", kind: "SOCIAL_POST" });
    expect(parsed.entries.map((entry) => [entry.postedAt, entry.text])).toEqual([
      ["09:15", "Полиция задержала 120 человек.\nПодробности позже."],
      ["10:40", "В городе отключили интернет <script>alert(1)</script>"],
    ]);
  });

  it("refuses JSON that is not a Telegram export, and names where a broken one breaks", () => {
    expect(() => parseSource({ bytes: Buffer.from('{"posts": []}'), name: "x.json" })).toThrow('x.json is JSON but not a Telegram export: it has no "messages" list.');
    expect(() => parseSource({ bytes: Buffer.from("{oops"), name: "x.json" })).toThrow(/^x\.json is not valid JSON: it breaks at line 1, column 2 \(expected an object key\)/);
    const whole = JSON.stringify(CHANNEL_EXPORT, null, 1);
    expect(() => parseSource({ bytes: Buffer.from(whole.slice(0, 700)), name: "result.json" })).toThrow(/^result\.json is not valid JSON: it ends in the middle, after 700 characters: the file is cut short\. .*export it again/);
    const broken = whole.replace('"id": 3,', '"id": 3,,');
    const line = whole.slice(0, whole.indexOf('"id": 3,')).split("\n").length;
    expect(() => parseSource({ bytes: Buffer.from(broken), name: "result.json" })).toThrow(new RegExp(`it breaks at line ${line}, column 12`));
    expect(() => parseSource({ bytes: Buffer.from('{"messages": [{"id": 1, "text": "a"}, 7]}'), name: "result.json" })).toThrow('result.json: message number 2 in the "messages" list is not a message (7).');
  });

  it("dates each time-stamped post of a live blog by the day heading above it, leaving the entries as they were", () => {
    const blog = "Live: протесты в Казахстане\n5 января 2022 года\n16:43 МВД сообщило о задержании 200 человек.\n15:10 В Алматы отключили интернет.\nСреда, 4 января\n23:50 Протестующие собрались на площади.\n";
    const parsed = parseSource({ bytes: Buffer.from(blog), name: "live.txt" });
    expect(parsed.entries.map((entry) => [entry.postedAt, entry.day?.toISOString().slice(0, 10) ?? null, entry.text])).toEqual([
      [null, null, "Live: протесты в Казахстане"],
      [null, null, "5 января 2022 года"],
      ["16:43", "2022-01-05", "МВД сообщило о задержании 200 человек."],
      ["15:10", "2022-01-05", "В Алматы отключили интернет."],
      [null, null, "Среда, 4 января"],
      ["23:50", "2022-01-04", "Протестующие собрались на площади."],
    ]);
    // The store gets one instant per post, in the newsroom's time zone.
    expect(toEntryInput(parsed.entries[2], "Asia/Almaty").publishedAt?.toISOString()).toBe("2022-01-05T10:43:00.000Z");
    expect(toEntryInput(parsed.entries[0], "Asia/Almaty").publishedAt).toBeNull();
  });

  it("reads a whole channel export: exact times, links, edits and forwards; service messages and bare media left out", () => {
    const bytes = Buffer.from(JSON.stringify(CHANNEL_EXPORT));
    const named = parseSource({ bytes, name: "result.json", address: "https://t.me/orda_kz" });
    expect(named.source).toMatchObject({ title: "Orda.kz", kind: "SOCIAL_POST", publishedAt: "2022-01-05T04:03:11.000Z" });
    expect(named.entries.map((entry) => [entry.postedAt, entry.publishedAt?.toISOString(), entry.url, entry.sourceEditedAt?.toISOString() ?? null, entry.forwardedFrom, entry.text])).toEqual([
      ["10:03", "2022-01-05T04:03:11.000Z", "https://t.me/orda_kz/2", "2022-01-05T04:20:00.000Z", null, "Погибли 225 человек, сообщил Минздрав."],
      ["23:59", "2022-01-06T17:59:00.000Z", "https://t.me/orda_kz/3", null, "Tengrinews.kz", "Токаев: на Алматы напали 20 тысяч бандитов."],
      ["12:00", "2022-01-10T06:00:00.000Z", "https://t.me/orda_kz/5", null, null, "https://orda.kz/x\nМВД: задержаны 9900 человек."],
    ]);
    // Without the channel's address, a channel's messages get members' links.
    expect(parseSource({ bytes, name: "result.json" }).entries[0].url).toBe("https://t.me/c/1234567890/2");
  });
});

describe("Markdown with a leading date", () => {
  it("reads the date and title, strips the markup", () => {
    const parsed = parse("dated-article-ky.md");
    expect(parsed.source).toMatchObject({ title: "Бир жылдан кийин", publishedAt: "2023-01-05T00:00:00.000Z", language: "ky" });
    expect(parsed.entries.map((entry) => entry.text)).toContain("Башкы прокуратура 238 адам каза болгонун тастыктады.");
    expect(parsed.entries.flatMap((entry) => entry.figures.map((figure) => figure.text))).toEqual(["238", "10 миңден ашкан"]);
  });
});

describe("bad input", () => {
  it("refuses empty, blank, binary and oversized files with a message naming the file", () => {
    expect(() => decodeBytes(new Uint8Array(), "a.txt")).toThrow("a.txt is empty.");
    expect(() => decodeBytes(Buffer.from(" \n\t "), "a.txt")).toThrow("a.txt has only blank space in it.");
    expect(() => decodeBytes(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]), "photo.txt")).toThrow(/^photo\.txt looks like a binary file/);
    expect(() => decodeBytes(new Uint8Array(MAX_SOURCE_BYTES + 1).fill(65), "huge.txt")).toThrow("huge.txt is 20.0 MB; a source can be at most 20.0 MB. Split it into smaller files.");
    expect(() => decodeBytes(new Uint8Array(50 * 1024 * 1024).fill(65), "big.txt")).toThrow(SourceFormatError);
  });

  it("reads Windows-1251 Cyrillic and says so; refuses other non-UTF-8 text", () => {
    const cp1251 = Buffer.from([0xcf, 0xee, 0xeb, 0xe8, 0xf6, 0xe8, 0xff, 0x20, 0xe7, 0xe0, 0xe4, 0xe5, 0xf0, 0xe6, 0xe0, 0xeb, 0xe0, 0x20, 0x31, 0x32, 0x30, 0x20, 0xf7, 0xe5, 0xeb, 0xee, 0xe2, 0xe5, 0xea, 0x2e]);
    const parsed = parseSource({ bytes: cp1251, name: "old.txt" });
    expect(parsed.source.encoding).toBe("windows-1251");
    expect(parsed.entries[0].text).toBe("Полиция задержала 120 человек.");
    expect(() => decodeBytes(Buffer.from("Café à la crème, déjà vu, très élégant.", "latin1"), "latin.txt")).toThrow(/^latin\.txt is not UTF-8 text/);
  });
});

describe("properties", () => {
  it("parse never throws on any text, and every figure's span points at its text", () => {
    fc.assert(
      fc.property(fc.string({ unit: "grapheme", minLength: 1, maxLength: 400 }), (text) => {
        let parsed;
        try {
          parsed = parseSource({ bytes: Buffer.from(text), name: "fuzz.txt" });
        } catch (error) {
          // Only the clear refusals (blank or binary-looking input) are allowed.
          expect(error).toBeInstanceOf(SourceFormatError);
          return;
        }
        for (const entry of parsed.entries) {
          for (const figure of entry.figures) {
            expect((figure.field === "text" ? entry.text : entry.headline)?.slice(figure.start, figure.end)).toBe(figure.text);
          }
        }
        JSON.stringify(toParseJson(parsed));
      }),
      { numRuns: 1500 },
    );
  });

  it("segmenting is idempotent on its own output", () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom("12:30", "Шаарда 5 миң адам", "чогулду", "Алматыда", ".", "\n", " ", "- 1. Бааны", "VIEW IN TELEGRAM", "\"Кабар\""), { maxLength: 40 }), (parts) => {
        const once = segmentText(parts.join("")).segments;
        for (const segment of once) expect(segment.text.trim()).toBe(segment.text);
      }),
      { numRuns: 1000 },
    );
  });
});

/** A Telegram Desktop export of a channel, as result.json holds it, spanning days. */
const CHANNEL_EXPORT = {
  name: "Orda.kz",
  type: "public_channel",
  id: 1234567890,
  messages: [
    { id: 1, type: "service", date: "2022-01-05T09:00:00", date_unixtime: "1641351600", actor: "Orda.kz", actor_id: "channel1234567890", action: "pin_message", message_id: 2, text: "", text_entities: [] },
    {
      id: 2, type: "message", date: "2022-01-05T10:03:11", date_unixtime: "1641355391", edited: "2022-01-05T10:20:00", edited_unixtime: "1641356400", from: "Orda.kz", from_id: "channel1234567890",
      text: ["Погибли ", { type: "bold", text: "225" }, " человек, сообщил Минздрав."],
      text_entities: [{ type: "plain", text: "Погибли " }, { type: "bold", text: "225" }, { type: "plain", text: " человек, сообщил Минздрав." }],
    },
    { id: 3, type: "message", date: "2022-01-06T23:59:00", date_unixtime: "1641491940", from: "Orda.kz", forwarded_from: "Tengrinews.kz", reply_to_message_id: 2, text: "Токаев: на Алматы напали 20 тысяч бандитов.", text_entities: [] },
    { id: 4, type: "message", date: "2022-01-07T08:00:00", date_unixtime: "1641520800", photo: "(File not included. Change data exporting settings to download.)", width: 1280, height: 720, text: "", text_entities: [] },
    { id: 5, type: "message", date: "2022-01-10T12:00:00", date_unixtime: "1641794400", photo: "(File not included. Change data exporting settings to download.)", text: [{ type: "link", text: "https://orda.kz/x" }, "\nМВД: задержаны 9900 человек."], text_entities: [] },
  ],
};

describe("the import preview", () => {
  it("says what the parse would import, letting the event loop run while it parses a large document", async () => {
    const posts = Array.from({ length: 6000 }, (_, index) => `${String(index % 24).padStart(2, "0")}:${String(index % 60).padStart(2, "0")} Полиция задержала ${index + 10} человек на площади, сообщили в управлении (запись ${index}).`);
    const bytes = Buffer.from(posts.join("\n"));
    const whole = parseSource({ bytes, name: "live.txt" });
    let ticks = 0;
    const timer = setInterval(() => (ticks += 1), 0);
    const preview = await previewSource({ bytes, name: "live.txt" }).finally(() => clearInterval(timer));
    const { entries, ...summary } = whole;
    expect(preview).toEqual({ ...summary, entries: entries.length, figures: entries.reduce((sum, entry) => sum + entry.figures.length, 0), sample: entries.slice(0, 8) });
    expect(entries.length).toBe(6000);
    // A timer set beside it fires between the parse's steps (every 25 ms of its work).
    expect(ticks).toBeGreaterThan(3);
  });

  it("pauses while it segments a large text, with the same posts as in one go", () => {
    const lines = Array.from({ length: 40_000 }, (_, index) => `${String(index % 24).padStart(2, "0")}:${String(index % 60).padStart(2, "0")} Жаңылык ${index}: шаарда ${index + 10} адам чогулду, деп билдирди кабарчы.`);
    const text = lines.join("\n");
    const steps = segmentInSteps(text);
    let pauses = 0;
    let step = steps.next();
    for (; !step.done; step = steps.next()) pauses += 1;
    expect(step.value).toEqual(segmentText(text));
    expect(step.value.segments.length).toBe(40_000);
    // 40,000 posts take far longer than one pause's 25 ms on any machine.
    expect(pauses).toBeGreaterThan(1);
  });
});
