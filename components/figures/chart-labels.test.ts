import fc from "fast-check";
import { createElement } from "react";
import { renderToStaticMarkup } from "react-dom/server";
import { describe, expect, it } from "vitest";
import { labelWidth, placeLabels, type Box, type LabelRequest } from "./chart-labels";
import { TimelineChart, type ChartPoint } from "./timeline-chart";

const AREA: Box = { left: 60, right: 598, top: 0, bottom: 214 };
const dot = (x: number, y: number): Box => ({ left: x - 7, right: x + 7, top: y - 6, bottom: y + 6 });
const ask = (id: string, x: number, y: number, text = "1,234"): LabelRequest => ({ id, x, above: y - 6, below: y + 6, text, strong: false });
const apart = (a: Box, b: Box) => a.right <= b.left || b.right <= a.left || a.bottom <= b.top || b.bottom <= a.top;

describe("placeLabels", () => {
  it("writes a value above its dot, centred on it", () => {
    const [label] = placeLabels([ask("a", 300, 100)], [dot(300, 100)], AREA, 12);
    expect(label.box.bottom).toBeLessThanOrEqual(94);
    expect((label.box.left + label.box.right) / 2).toBeCloseTo(300, 5);
  });

  it("puts a second label for the same place below the dot, and a third nowhere", () => {
    const dots = [dot(300, 100)];
    const placed = placeLabels([ask("a", 300, 100), ask("b", 300, 100), ask("c", 300, 100)], dots, AREA, 12);
    expect(placed.map((label) => label.id)).toEqual(["a", "b"]);
    expect(placed[1].box.top).toBeGreaterThanOrEqual(106);
  });

  it("keeps a label near the edge inside the chart", () => {
    const [label] = placeLabels([ask("a", 597, 100, "at least 20,000")], [dot(597, 100)], AREA, 12);
    expect(label.box.right).toBeLessThanOrEqual(AREA.right);
    expect(label.x).toBe(Math.round((AREA.right - labelWidth("at least 20,000", 12, false)) * 10) / 10);
  });

  it("never draws a label over another label, over a dot, or outside the chart", () => {
    const point = fc.record({ x: fc.integer({ min: 60, max: 598 }), y: fc.integer({ min: 6, max: 208 }), text: fc.string({ minLength: 1, maxLength: 16 }) });
    fc.assert(
      fc.property(fc.array(point, { minLength: 1, maxLength: 14 }), (points) => {
        const dots = points.map(({ x, y }) => dot(x, y));
        const placed = placeLabels(points.map(({ x, y, text }, index) => ask(String(index), x, y, text)), dots, AREA, 12);
        for (const [index, label] of placed.entries()) {
          expect(label.box.left).toBeGreaterThanOrEqual(AREA.left);
          expect(label.box.right).toBeLessThanOrEqual(AREA.right);
          expect(label.box.top).toBeGreaterThanOrEqual(AREA.top);
          expect(label.box.bottom).toBeLessThanOrEqual(AREA.bottom);
          for (const other of dots) expect(apart(label.box, other)).toBe(true);
          for (const other of placed.slice(index + 1)) expect(apart(label.box, other.box)).toBe(true);
        }
      }),
      { numRuns: 2_000, seed: 20261129 },
    );
  });
});

describe("TimelineChart", () => {
  const day = (n: number) => new Date(Date.UTC(2022, 0, n));
  const figure = (id: string, at: Date, value: number, kind: ChartPoint["kind"], hedge = "EXACT"): ChartPoint => ({ id, at, value, low: null, high: null, hedge, unit: "people", who: "Someone", kind });
  const render = (points: ChartPoint[], marked?: string, locale: "en" | "ru" = "en") =>
    renderToStaticMarkup(createElement(TimelineChart, { points, label: "Deaths", conflicted: new Set<string>(), marked, locale }));

  it("writes each value beside its dot when there are few, the marked one in bold, with the hedge", () => {
    const html = render([figure("a", day(6), 26, "claim"), figure("b", day(9), 164, "entry"), figure("c", day(15), 225, "entry", "AT_LEAST"), figure("d", day(24), 238, "claim")], "d");
    expect(html).toMatch(/<text[^>]*data-label="a"[^>]*>26<\/text>/);
    expect(html).toMatch(/<text[^>]*data-label="c"[^>]*>at least 225<\/text>/);
    expect(html).toMatch(/<text[^>]*font-weight="700"[^>]*data-label="d"[^>]*>238<\/text>/);
    expect(html).toContain("The large dot, its figure in bold, is this claim&#x27;s.");
  });

  it("labels only the marked figure when there are many, in the reader's language", () => {
    const points = Array.from({ length: 40 }, (_, index) => figure(`p${index}`, day(1 + (index % 28)), 1000 + index * 250, "entry"));
    const html = render(points, "p39", "ru");
    expect(html.match(/data-label=/g)).toHaveLength(1);
    expect(html).toMatch(/data-label="p39"[^>]*>10\u00a0750<\/text>/);
    expect(html).toContain("Крупная точка");
  });

  it("says nothing about a marked figure on a quantity's own chart", () => {
    const html = render([figure("a", day(6), 26, "claim"), figure("b", day(9), 164, "entry")]);
    expect(html).not.toContain("large dot");
    expect(html.match(/data-label=/g)).toHaveLength(2);
  });
});
