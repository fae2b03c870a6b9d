// The figures page as a reader reads it (issue 21): one unit in the reader's language, the words
// around each figure, a time only where one is known, and a chart whose days can be told apart.
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { FigureTable, type TableFigure } from "./figure-table";
import { TimelineChart, type ChartPoint } from "./timeline-chart";

const row = (id: string, at: string, value: number, extra: Partial<TableFigure> = {}): TableFigure => ({
  id, at: new Date(at), kind: "entry", text: String(value), value, low: null, high: null, hedge: "EXACT", unit: "people",
  who: "Outlet", sourceTitle: "Source", entryId: null, claimSlug: null, claimStatus: null, language: "en", timeKnown: false, context: null, ...extra,
});
const table = (figures: TableFigure[], locale: "en" | "ru" | "ky" = "en", timeZone = "UTC") =>
  renderToStaticMarkup(createElement(FigureTable, { figures, conflicted: new Set<string>(), entryHref: () => null, claimHref: () => null, locale, timeZone }));
const cells = (html: string, column: number) => [...html.matchAll(/<tr[^>]*>(.*?)<\/tr>/g)].slice(1).map((match) => [...match[1].matchAll(/<td[^>]*>(.*?)<\/td>/g)][column]?.[1] ?? "");

describe("the figures page's table", () => {
  const toll = [row("a", "2022-01-08T00:00:00Z", 26), row("b", "2022-01-09T00:00:00Z", 164), row("c", "2022-12-20T00:00:00Z", 238)];

  it("gives a quantity one unit, in the reader's language", () => {
    expect(cells(table(toll, "en"), 1)).toEqual(["26 people", "164 people", "238 people"]);
    expect(cells(table(toll, "ru"), 1)).toEqual(["26 человек", "164 человека", "238 человек"]);
    expect(cells(table(toll, "ky"), 1)).toEqual(["26 адам", "164 адам", "238 адам"]);
  });

  it("shows the words around a bare figure under 'As worded'", () => {
    const html = table([row("a", "2022-01-08T00:00:00Z", 26, { context: "On 8 January 26 people were reported killed." })]);
    expect(cells(html, 2)).toEqual(["On 8 January 26 people were reported killed."]);
  });

  it("shows a figure known only by its day as that day, and a known time in the newsroom's zone", () => {
    const html = table([row("a", "2022-01-09T00:00:00Z", 164), row("b", "2022-01-05T04:15:00Z", 190, { timeKnown: true })], "en", "Asia/Almaty");
    const [day, time] = cells(html, 0);
    expect(day).toBe("9 Jan 2022");
    expect(day).not.toMatch(/\d\d:\d\d/);
    expect(time).toContain("10:15");
    expect(html).toContain("When (Asia/Almaty)");
    expect(html).not.toContain("00:00");
  });
});

describe("the figures page's chart", () => {
  const point = (id: string, at: string, value: number, timeKnown = false): ChartPoint => ({ id, at: new Date(at), timeKnown, value, low: null, high: null, hedge: "EXACT", unit: "people", who: null, kind: "entry" });
  // The death toll as it moved: three days within a week, then the anniversary figure a year on.
  const points = [
    point("d5", "2022-01-05T00:00:00Z", 8), point("d6a", "2022-01-06T09:00:00Z", 18, true), point("d6b", "2022-01-06T18:00:00Z", 26, true),
    point("d9", "2022-01-09T00:00:00Z", 164), point("d15", "2022-01-15T00:00:00Z", 225), point("y", "2022-12-20T00:00:00Z", 238),
  ];
  const html = renderToStaticMarkup(createElement(TimelineChart, { points, label: "Deaths", conflicted: new Set<string>(), locale: "en", timeZone: "UTC" }));
  const x = (id: string) => Number(new RegExp(`data-point="${id}"[\\s\\S]*?<circle cx="([\\d.]+)"`).exec(html)![1]);

  it("gives each reported day its own room, however far apart the days are", () => {
    const days = ["d5", "d6a", "d9", "d15", "y"].map(x);
    for (let i = 1; i < days.length; i += 1) expect(days[i] - days[i - 1], `day ${i}`).toBeGreaterThanOrEqual(60);
    // Two figures of one day keep their order and stay inside the day's room.
    expect(x("d6b")).toBeGreaterThan(x("d6a"));
    expect(x("d6b") - x("d6a")).toBeLessThan(60);
  });

  it("marks the days left out, and writes day labels that do not overlap", () => {
    const gaps = [...html.matchAll(/data-gap="(\d+)"/g)].map((match) => Number(match[1]));
    expect(gaps).toEqual([2, 5, 338]);
    expect(html).toContain("338 days without figures left out");
    const labels = [...html.matchAll(/<text x="([\d.]+)"[^>]*data-day="([\d-]+)"/g)].map((match) => Number(match[1]));
    expect(labels.length).toBe(5);
    for (let i = 1; i < labels.length; i += 1) expect(labels[i] - labels[i - 1]).toBeGreaterThanOrEqual(70);
  });
});
