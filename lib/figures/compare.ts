/**
 * Comparing reported figures: what range of true values each one allows (its hedge), whether
 * two figures for the same moment disagree, and whether parts add up to their total.
 */
export type HedgeName = "EXACT" | "APPROX" | "AT_LEAST" | "AT_MOST" | "RANGE" | "VAGUE";
/** `hedgeWord`: the hedge as worded (lib/text/hedge-words.ts); "nearly 10,000" allows less than "about 10,000". */
export type FigureLike = { value: number | null; low: number | null; high: number | null; hedge: HedgeName; hedgeWord?: string | null };
export type Interval = { low: number; high: number };

// "About 30" allows 10% either way; newsrooms round, and officials round harder.
const APPROX_SLACK = 0.1;

/** The values a figure allows; null when it says nothing checkable ("dozens", "many"). */
export function figureInterval(figure: FigureLike): Interval | null {
  const { value } = figure;
  switch (figure.hedge) {
    case "EXACT":
      return value === null ? null : { low: value, high: value };
    case "APPROX":
      if (value === null) return null;
      // "Nearly 10,000" is a little under it, never over.
      return { low: value * (1 - APPROX_SLACK), high: figure.hedgeWord === "nearly" ? value : value * (1 + APPROX_SLACK) };
    case "AT_LEAST":
      return value === null && figure.low === null ? null : { low: figure.low ?? value!, high: Infinity };
    case "AT_MOST":
      return value === null && figure.high === null ? null : { low: 0, high: figure.high ?? value! };
    case "RANGE":
      return figure.low === null || figure.high === null ? null : { low: figure.low, high: figure.high };
    case "VAGUE":
      return null;
  }
}

/** The value a figure names: its value, a range's middle, an open-ended figure's bound. */
export function pointOf(figure: FigureLike): number | null {
  if (figure.hedge === "RANGE") return figure.low === null || figure.high === null ? null : (figure.low + figure.high) / 2;
  if (figure.hedge === "AT_LEAST") return figure.low ?? figure.value;
  if (figure.hedge === "AT_MOST") return figure.high ?? figure.value;
  return figure.value;
}

/** The same figure: each one's value lies within the other's hedge (238 and 238; about 10,000 and about 9,800). */
export function sameFigure(a: FigureLike, b: FigureLike): boolean | null {
  const left = figureInterval(a);
  const right = figureInterval(b);
  const pointA = pointOf(a);
  const pointB = pointOf(b);
  if (!left || !right || pointA === null || pointB === null) return null;
  return pointA >= right.low && pointA <= right.high && pointB >= left.low && pointB <= left.high;
}

/** True when both figures could be right at once; null when either cannot be checked. */
export function figuresAgree(a: FigureLike, b: FigureLike): boolean | null {
  const left = figureInterval(a);
  const right = figureInterval(b);
  if (!left || !right) return null;
  return left.low <= right.high && right.low <= left.high;
}

/** The calendar day (UTC) a figure refers to: figures "for the same moment" share it. */
export function dayOf(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export type TimelinePoint = FigureLike & { id: string; at: Date | null };
export type Conflict = { day: string; ids: [string, string] };

const DAY_MS = 86_400_000;

/**
 * Figures given for the same day whose values cannot both be right, as pairs: each figure that
 * clashes with any other that day is paired with the one it clashes with most (the lowest
 * ceiling below it, or the highest floor above it). Every clashing figure appears in a pair,
 * and there are at most as many pairs as figures: a day with thousands of figures would have
 * millions of clashing pairs, which no reader can use.
 */
export function findConflicts(points: TimelinePoint[]): Conflict[] {
  // Grouped by the number of the UTC day (dayOf's day, without making its text for each of thousands of figures).
  const byDay = new Map<number, { point: TimelinePoint; order: number; interval: Interval }[]>();
  points.forEach((point, order) => {
    const interval = point.at ? figureInterval(point) : null;
    if (!point.at || !interval) return;
    const day = Math.floor(point.at.getTime() / DAY_MS);
    let group = byDay.get(day);
    if (!group) byDay.set(day, (group = []));
    group.push({ point, order, interval });
  });
  const conflicts: Conflict[] = [];
  for (const group of byDay.values()) {
    if (group.length < 2) continue;
    const day = dayOf(group[0].point.at!);
    // The two lowest ceilings and the two highest floors, so each figure can leave itself out.
    const byHigh = [...group].sort((a, b) => a.interval.high - b.interval.high).slice(0, 2);
    const byLow = [...group].sort((a, b) => b.interval.low - a.interval.low).slice(0, 2);
    const seen = new Set<string>();
    const pairs: [number, number, string, string][] = [];
    for (const item of group) {
      const lowest = byHigh[0] === item ? byHigh[1] : byHigh[0];
      const highest = byLow[0] === item ? byLow[1] : byLow[0];
      const other = lowest.interval.high < item.interval.low ? lowest : highest.interval.low > item.interval.high ? highest : null;
      if (!other) continue;
      const [first, second] = item.order < other.order ? [item, other] : [other, item];
      const key = `${first.point.id} ${second.point.id}`;
      if (seen.has(key)) continue;
      seen.add(key);
      pairs.push([first.order, second.order, first.point.id, second.point.id]);
    }
    pairs.sort((a, b) => a[0] - b[0] || a[1] - b[1]);
    for (const [, , a, b] of pairs) conflicts.push({ day, ids: [a, b] });
  }
  return conflicts;
}

export type PartSeries = { key: string; label: string; points: TimelinePoint[] };
export type PartsCheck = {
  day: string;
  total: number;
  parts: { key: string; label: string; value: number }[];
  sum: number;
  consistent: boolean;
};

function exactish(point: TimelinePoint): number | null {
  return point.hedge === "EXACT" || point.hedge === "APPROX" ? point.value : null;
}

/**
 * Checks parts against their total on each day when the total and every part are known:
 * 137 police and 53 civilians against 190 injured. The parts may not exceed the total, and
 * when the parts are all there is (every part known) they should reach it within the hedges.
 */
export function checkParts(total: TimelinePoint[], parts: PartSeries[]): PartsCheck[] {
  if (parts.length === 0) return [];
  const checks: PartsCheck[] = [];
  const totalsByDay = new Map<string, TimelinePoint>();
  for (const point of total) if (point.at && exactish(point) !== null) totalsByDay.set(dayOf(point.at), point);
  for (const [day, totalPoint] of totalsByDay) {
    const found = parts.map((part) => {
      const point = part.points.find((candidate) => candidate.at && dayOf(candidate.at) === day && exactish(candidate) !== null);
      return point ? { key: part.key, label: part.label, value: exactish(point)! } : null;
    });
    if (found.some((part) => part === null)) continue;
    const known = found as PartsCheck["parts"];
    const sum = known.reduce((total, part) => total + part.value, 0);
    const interval = figureInterval(totalPoint)!;
    checks.push({ day, total: totalPoint.value!, parts: known, sum, consistent: sum >= interval.low && sum <= interval.high });
  }
  return checks.sort((a, b) => a.day.localeCompare(b.day));
}
