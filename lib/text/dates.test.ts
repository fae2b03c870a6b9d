import { describe, expect, it } from "vitest";
import { dateNear, dayHeading, instantIn } from "./dates";

const day = (date: Date | null) => date?.toISOString().slice(0, 10) ?? null;
const reference = new Date("2022-01-16T10:00:00Z");

describe("dateNear", () => {
  it("reads the day named in the figure's sentence, in three languages", () => {
    const en = "On 9 January state television quoted the health ministry as saying 164 people had been killed.";
    expect(day(dateNear(en, en.indexOf("164"), reference))).toBe("2022-01-09");
    const by = "The interior ministry said 7,939 people had been detained across the country by 10 January.";
    expect(day(dateNear(by, by.indexOf("7,939"), reference))).toBe("2022-01-10");
    const ru = "К 10 января задержаны 7939 человек.";
    expect(day(dateNear(ru, ru.indexOf("7939"), reference))).toBe("2022-01-10");
    const ky = "5-январда 190 адам жаракат алды.";
    expect(day(dateNear(ky, ky.indexOf("190"), reference))).toBe("2022-01-05");
    const us = "By January 10, 2022 some 7,939 were held.";
    expect(day(dateNear(us, us.indexOf("7,939"), null))).toBe("2022-01-10");
  });
  it("reads abbreviated months", () => {
    const ru = "К 7 янв. задержаны 4404 человека.";
    expect(day(dateNear(ru, ru.indexOf("4404"), reference))).toBe("2022-01-07");
    const en = "By Jan 10, 7,939 were held.";
    expect(day(dateNear(en, en.indexOf("7,939"), reference))).toBe("2022-01-10");
  });
  it("stays in the figure's sentence and returns null when no day is named", () => {
    const text = "On 9 January the toll was given. Officials now say 225 died.";
    expect(dateNear(text, text.indexOf("225"), reference)).toBeNull();
    expect(dateNear("About 3.5 thousand people were detained.", 6, reference)).toBeNull();
  });
  it("puts a later month without a year in the previous year", () => {
    const text = "On 20 December the office said 238 people died.";
    expect(day(dateNear(text, text.indexOf("238"), new Date("2023-01-05T00:00:00Z")))).toBe("2022-12-20");
  });
});

describe("a live blog's day headings", () => {
  const source = new Date("2022-01-06T00:00:00Z");
  it("reads a line that is only a date, in any of the three languages, with the source's year when it has none", () => {
    expect(dayHeading("5 января 2022 года", null)).toEqual(new Date("2022-01-05T00:00:00Z"));
    expect(dayHeading("Среда, 5 января", source)).toEqual(new Date("2022-01-05T00:00:00Z"));
    expect(dayHeading("Wednesday 5 January", source)).toEqual(new Date("2022-01-05T00:00:00Z"));
    expect(dayHeading("January 4, 2022", null)).toEqual(new Date("2022-01-04T00:00:00Z"));
    expect(dayHeading("5-январь", source)).toEqual(new Date("2022-01-05T00:00:00Z"));
    // Late December under a January source is the year before.
    expect(dayHeading("31 декабря", source)).toEqual(new Date("2021-12-31T00:00:00Z"));
  });
  it("is not fooled by a sentence with a date in it, or by a date without a year to go on", () => {
    expect(dayHeading("5 января задержаны 200 человек", source)).toBeNull();
    expect(dayHeading("МВД: 5 января", source)).toBeNull();
    expect(dayHeading("К 10 января задержаны 7939 человек.", source)).toBeNull();
    expect(dayHeading("5 января", null)).toBeNull();
    expect(dayHeading("16:43", source)).toBeNull();
  });
  it("places a clock time on its day in the newsroom's time zone", () => {
    expect(instantIn(new Date("2022-01-05T00:00:00Z"), "16:43", "Asia/Almaty").toISOString()).toBe("2022-01-05T10:43:00.000Z");
    expect(instantIn(new Date("2022-01-05T00:00:00Z"), "03:10", "Asia/Bishkek").toISOString()).toBe("2022-01-04T21:10:00.000Z");
    expect(instantIn(new Date("2022-07-05T00:00:00Z"), "12:00", "Europe/London").toISOString()).toBe("2022-07-05T11:00:00.000Z");
    expect(instantIn(new Date("2022-01-05T00:00:00Z"), "12:00", "UTC").toISOString()).toBe("2022-01-05T12:00:00.000Z");
  });
});
