import { formatLocaleFigure, formatLocaleNumber } from "@/lib/i18n/format";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";
import { placeLabels, type Box, type LabelRequest } from "./chart-labels";

export type ChartPoint = {
  id: string;
  at: Date | null;
  /** Known to the minute; else only its day is, and the dot sits in the middle of its day. */
  timeKnown?: boolean;
  value: number | null;
  low: number | null;
  high: number | null;
  hedge: string;
  hedgeWord?: string | null;
  unit: string | null;
  who: string | null;
  kind: "entry" | "claim";
};

// Narrow enough that the text is still legible when a phone scales the chart to its width.
const WIDTH = 600;
const HEIGHT = 250;
const PAD = { left: 60, right: 12, top: 20, bottom: 34 };
const FONT = 12;
// Up to this many figures, each has its value written beside its dot; past it, only the marked one.
const LABELLED = 12;
// A tenth of a unit is finer than any screen shows; more digits only make the page heavier.
const round = (value: number) => Math.round(value * 10) / 10;

function ticks(max: number): number[] {
  const step = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  const unit = max / step > 5 ? step * 2 : step;
  const values: number[] = [];
  for (let value = 0; value <= max; value += unit) values.push(value);
  return values;
}

const DAY_MS = 86_400_000;

// One formatter per time zone: making one costs a hundred times its use (a tenth of a chart's render, made per point).
const calendarFormats = new Map<string, Intl.DateTimeFormat>();
function calendarFormat(timeZone: string): Intl.DateTimeFormat {
  let format = calendarFormats.get(timeZone);
  if (!format) calendarFormats.set(timeZone, (format = new Intl.DateTimeFormat("en-CA", { timeZone, year: "numeric", month: "2-digit", day: "2-digit", hour: "2-digit", minute: "2-digit", hourCycle: "h23" })));
  return format;
}

/** A day of the newsroom's calendar, as "2022-01-05", and how far into it (0 to 1) the time is. */
function dayAndFraction(date: Date, timeZone: string): { day: string; fraction: number } {
  const parts = Object.fromEntries(
    calendarFormat(timeZone)
      .formatToParts(date)
      .map((part) => [part.type, part.value]),
  );
  return { day: `${parts.year}-${parts.month}-${parts.day}`, fraction: (Number(parts.hour) * 60 + Number(parts.minute)) / 1440 };
}

/**
 * The time axis: one slot per day that has figures, evenly spaced, so the days that matter (26,
 * then 164, then 225 within a week) are as readable as a lone anniversary figure a year later.
 * Where days are skipped, the axis is broken and says how many.
 */
function dayAxis(days: string[], left: number, right: number) {
  const slot = (right - left) / days.length;
  const index = new Map(days.map((day, at) => [day, at]));
  const centre = (day: string) => left + slot * (index.get(day)! + 0.5);
  const gaps = days.slice(1).flatMap((day, at) => {
    const skipped = Math.round((Date.parse(day) - Date.parse(days[at])) / DAY_MS) - 1;
    return skipped > 0 ? [{ x: round(left + slot * (at + 1)), skipped }] : [];
  });
  const labels: { day: string; at: number }[] = [];
  for (const day of days) {
    const at = round(centre(day));
    if (labels.length === 0 || at - labels[labels.length - 1].at >= 70) labels.push({ day, at });
  }
  return { slot, centre, gaps, labels };
}

/**
 * Every figure for a quantity on one time axis of the days with figures (gaps marked), drawn on
 * the server as SVG (no JavaScript):
 * a dot for an exact figure, a bar for a range or "about", an arrow for "at least"/"up to".
 * Conflicting figures are ringed in red; the marked figure is drawn larger and its value in bold.
 * With few figures each value is written beside its dot.
 */
export function TimelineChart(props: { points: ChartPoint[]; label: string; conflicted: Set<string>; marked?: string; locale?: Locale; timeZone?: string }) {
  const { points, label, conflicted, marked, locale = "en", timeZone = "UTC" } = props;
  const messages = getMessages(locale);
  const dayFormat = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });
  const dated = points.filter((point) => point.at && (point.value !== null || point.low !== null || point.high !== null));
  if (dated.length === 0) return <p className="text-sm text-muted">{messages("noDatedFigures")}</p>;
  const placed = new Map(dated.map((point) => [point.id, dayAndFraction(point.at!, timeZone)]));
  const axis = dayAxis([...new Set([...placed.values()].map((place) => place.day))].sort(), PAD.left, WIDTH - PAD.right);
  const top = Math.max(...dated.map((point) => Math.max(point.value ?? 0, point.high ?? 0, point.low ?? 0))) * 1.15;
  // Within its day's slot a figure sits by its time of day, when that is known.
  const x = (point: ChartPoint) => {
    const place = placed.get(point.id)!;
    return round(axis.centre(place.day) + (point.timeKnown ? (place.fraction - 0.5) * axis.slot * 0.6 : 0));
  };
  const y = (value: number) => round(HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom));
  const shapes = dated.map((point) => {
    const cx = x(point);
    const value = point.value ?? point.low ?? point.high!;
    const cy = y(value);
    const radius = point.id === marked ? 7 : 4.5;
    const stroke = conflicted.has(point.id) ? "#cf222e" : point.kind === "claim" ? "#0a58ca" : "#1f2328";
    // What is drawn for the figure, top to bottom: the dot, a range's or an "about"'s bar, an arrow.
    const ends = [cy - radius - 1, cy + radius + 1];
    if (point.hedge === "RANGE" && point.low !== null && point.high !== null) ends.push(y(point.low), y(point.high));
    if (point.hedge === "APPROX") ends.push(y(value * 0.9), y(point.hedgeWord === "nearly" ? value : value * 1.1));
    if (point.hedge === "AT_LEAST") ends.push(cy - 18);
    if (point.hedge === "AT_MOST") ends.push(cy + 18);
    const box: Box = { left: cx - radius - 3, right: cx + radius + 3, top: Math.min(...ends), bottom: Math.max(...ends) };
    return { point, cx, cy, value, radius, stroke, box };
  });
  // The figures' values, the marked one first and in bold, where they fit (components/figures/chart-labels.ts).
  const requests: LabelRequest[] = shapes
    .filter(({ point }) => dated.length <= LABELLED || point.id === marked)
    .sort((a, b) => Number(b.point.id === marked) - Number(a.point.id === marked))
    .map(({ point, cx, box }) => ({ id: point.id, x: cx, above: box.top, below: box.bottom, text: formatLocaleFigure(locale, { ...point, unit: null }), strong: point.id === marked }));
  const labels = placeLabels(
    requests,
    shapes.map(({ box }) => box),
    { left: PAD.left + 2, right: WIDTH - 2, top: 0, bottom: HEIGHT - PAD.bottom - 2 },
    FONT,
  );
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={messages("chartLabel", { label, n: dated.length })} className="h-auto w-full max-w-3xl">
        {ticks(top).map((value) => (
          <g key={value}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} stroke="#d0d7de" strokeWidth="1" />
            <text x={PAD.left - 6} y={y(value) + 4} textAnchor="end" fontSize={FONT} fill="#57606a">
              {formatLocaleNumber(locale, value)}
            </text>
          </g>
        ))}
        {shapes.map(({ point, cx, cy, value, radius, stroke }) => {
          const title = `${dayFormat.format(new Date(`${placed.get(point.id)!.day}T00:00:00Z`))}: ${formatLocaleFigure(locale, point)}${point.who ? `, ${point.who}` : ""}`;
          return (
            <g key={point.id} data-point={point.id}>
              <title>{title}</title>
              {point.hedge === "RANGE" && point.low !== null && point.high !== null ? <line x1={cx} x2={cx} y1={y(point.low)} y2={y(point.high)} stroke={stroke} strokeWidth="3" /> : null}
              {point.hedge === "APPROX" ? <line x1={cx} x2={cx} y1={y(value * 0.9)} y2={y(point.hedgeWord === "nearly" ? value : value * 1.1)} stroke={stroke} strokeWidth="2" /> : null}
              {point.hedge === "AT_LEAST" ? <path d={`M${cx},${cy - 18} l-5,8 h10 z M${cx},${cy} v-12`} stroke={stroke} fill={stroke} /> : null}
              {point.hedge === "AT_MOST" ? <path d={`M${cx},${cy + 18} l-5,-8 h10 z M${cx},${cy} v12`} stroke={stroke} fill={stroke} /> : null}
              <circle cx={cx} cy={cy} r={radius} fill={point.kind === "claim" ? "#0a58ca" : "#fff"} stroke={stroke} strokeWidth={conflicted.has(point.id) ? 3 : 2} />
            </g>
          );
        })}
        {labels.map((label) => (
          <text key={label.id} x={label.x} y={label.y} fontSize={FONT} fill="#1f2328" fontWeight={label.strong ? 700 : undefined} data-label={label.id}>
            {label.text}
          </text>
        ))}
        {axis.gaps.map((gap) => (
          // The axis is broken where days without figures were left out.
          <g key={gap.x} data-gap={gap.skipped}>
            <title>{messages("chartGap", { days: gap.skipped })}</title>
            <path d={`M${gap.x - 4},${HEIGHT - PAD.bottom + 5} l4,-10 M${gap.x},${HEIGHT - PAD.bottom + 5} l4,-10`} stroke="#57606a" strokeWidth="1.5" />
          </g>
        ))}
        {axis.labels.map(({ day, at }) => (
          // A label near the right edge is anchored at its end, so it is not cut off.
          <text key={day} x={at} y={HEIGHT - PAD.bottom + 16} textAnchor={at > WIDTH - PAD.right - 40 ? "end" : "middle"} fontSize={FONT} fill="#57606a" data-day={day}>
            {dayFormat.format(new Date(`${day}T00:00:00Z`))}
          </text>
        ))}
      </svg>
      <figcaption className="text-xs text-muted">
        {messages("chartCaption")}
        {marked ? ` ${messages("chartMarked")}` : null}
      </figcaption>
    </figure>
  );
}
