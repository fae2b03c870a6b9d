import { formatLocaleFigure, formatLocaleNumber } from "@/lib/i18n/format";
import { LOCALE_TAGS, type Locale } from "@/lib/i18n/locales";
import { getMessages } from "@/lib/i18n/messages";

export type ChartPoint = { id: string; at: Date | null; value: number | null; low: number | null; high: number | null; hedge: string; unit: string | null; who: string | null; kind: "entry" | "claim" };

const WIDTH = 720;
const HEIGHT = 260;
const PAD = { left: 64, right: 16, top: 16, bottom: 40 };
// A tenth of a unit is finer than any screen shows; more digits only make the page heavier.
const round = (value: number) => Math.round(value * 10) / 10;

function ticks(max: number): number[] {
  const step = 10 ** Math.floor(Math.log10(Math.max(1, max)));
  const unit = max / step > 5 ? step * 2 : step;
  const values: number[] = [];
  for (let value = 0; value <= max; value += unit) values.push(value);
  return values;
}

/** Day labels for the axis, skipping any that would overlap the one before. */
function axisLabels(times: number[], x: (time: number) => number): { time: number; at: number }[] {
  const labels: { time: number; at: number }[] = [];
  for (const time of [...new Set(times.map((value) => Math.floor(value / 86_400_000) * 86_400_000))].sort((a, b) => a - b)) {
    const at = x(time);
    if (labels.length === 0 || at - labels[labels.length - 1].at >= 70) labels.push({ time, at });
  }
  return labels;
}

/**
 * Every figure for a quantity on one time axis, drawn on the server as SVG (no JavaScript):
 * a dot for an exact figure, a bar for a range or "about", an arrow for "at least"/"up to".
 * Conflicting figures are ringed in red; the marked figure is drawn larger.
 */
export function TimelineChart({ points, label, conflicted, marked, locale = "en" }: { points: ChartPoint[]; label: string; conflicted: Set<string>; marked?: string; locale?: Locale }) {
  const messages = getMessages(locale);
  const dayFormat = new Intl.DateTimeFormat(LOCALE_TAGS[locale], { day: "numeric", month: "short", year: "2-digit", timeZone: "UTC" });
  const dated = points.filter((point) => point.at && (point.value !== null || point.low !== null || point.high !== null));
  if (dated.length === 0) return <p className="text-sm text-muted">{messages.noDatedFigures}</p>;
  const times = dated.map((point) => point.at!.getTime());
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const span = Math.max(last - first, 24 * 3600 * 1000);
  const top = Math.max(...dated.map((point) => Math.max(point.value ?? 0, point.high ?? 0, point.low ?? 0))) * 1.15;
  const x = (time: number) => round(PAD.left + ((time - first) / span) * (WIDTH - PAD.left - PAD.right) * (last === first ? 0.5 : 1) + (last === first ? (WIDTH - PAD.left - PAD.right) / 2 : 0));
  const y = (value: number) => round(HEIGHT - PAD.bottom - (value / top) * (HEIGHT - PAD.top - PAD.bottom));
  return (
    <figure>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-label={messages.chartLabel(label, dated.length)} className="h-auto w-full max-w-3xl">
        {ticks(top).map((value) => (
          <g key={value}>
            <line x1={PAD.left} x2={WIDTH - PAD.right} y1={y(value)} y2={y(value)} stroke="#d0d7de" strokeWidth="1" />
            <text x={PAD.left - 6} y={y(value) + 4} textAnchor="end" fontSize="11" fill="#57606a">
              {formatLocaleNumber(locale, value)}
            </text>
          </g>
        ))}
        {dated.map((point) => {
          const cx = x(point.at!.getTime());
          const value = point.value ?? point.low ?? point.high!;
          const cy = y(value);
          const stroke = conflicted.has(point.id) ? "#cf222e" : point.kind === "claim" ? "#0a58ca" : "#1f2328";
          const radius = point.id === marked ? 7 : 4.5;
          const title = `${dayFormat.format(point.at!)}: ${formatLocaleFigure(locale, point)}${point.who ? `, ${point.who}` : ""}`;
          return (
            <g key={point.id} data-point={point.id}>
              <title>{title}</title>
              {point.hedge === "RANGE" && point.low !== null && point.high !== null ? <line x1={cx} x2={cx} y1={y(point.low)} y2={y(point.high)} stroke={stroke} strokeWidth="3" /> : null}
              {point.hedge === "APPROX" ? <line x1={cx} x2={cx} y1={y(value * 0.9)} y2={y(value * 1.1)} stroke={stroke} strokeWidth="2" /> : null}
              {point.hedge === "AT_LEAST" ? <path d={`M${cx},${cy - 18} l-5,8 h10 z M${cx},${cy} v-12`} stroke={stroke} fill={stroke} /> : null}
              {point.hedge === "AT_MOST" ? <path d={`M${cx},${cy + 18} l-5,-8 h10 z M${cx},${cy} v12`} stroke={stroke} fill={stroke} /> : null}
              <circle cx={cx} cy={cy} r={radius} fill={point.kind === "claim" ? "#0a58ca" : "#fff"} stroke={stroke} strokeWidth={conflicted.has(point.id) ? 3 : 2} />
            </g>
          );
        })}
        {axisLabels(dated.map((point) => point.at!.getTime()), x).map(({ time, at }) => (
          // A label near the right edge is anchored at its end, so it is not cut off.
          <text key={time} x={at} y={HEIGHT - PAD.bottom + 16} textAnchor={at > WIDTH - PAD.right - 40 ? "end" : "middle"} fontSize="11" fill="#57606a">
            {dayFormat.format(new Date(time))}
          </text>
        ))}
      </svg>
      <figcaption className="text-xs text-muted">{messages.chartCaption}</figcaption>
    </figure>
  );
}
