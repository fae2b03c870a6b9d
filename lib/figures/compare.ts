/**
 * Comparing reported figures: what range of true values each one allows (its hedge), whether
 * two figures for the same moment disagree, and whether parts add up to their total.
 */
export type HedgeName = "EXACT" | "APPROX" | "AT_LEAST" | "AT_MOST" | "RANGE" | "VAGUE";
export type FigureLike = { value: number | null; low: number | null; high: number | null; hedge: HedgeName };
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
      return value === null ? null : { low: value * (1 - APPROX_SLACK), high: value * (1 + APPROX_SLACK) };
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

/** Pairs of figures given for the same day whose values cannot both be right. */
export function findConflicts(points: TimelinePoint[]): Conflict[] {
  const byDay = new Map<string, TimelinePoint[]>();
  for (const point of points) {
    if (!point.at) continue;
    const day = dayOf(point.at);
    byDay.set(day, [...(byDay.get(day) ?? []), point]);
  }
  const conflicts: Conflict[] = [];
  for (const [day, group] of byDay) {
    for (let i = 0; i < group.length; i += 1) {
      for (let j = i + 1; j < group.length; j += 1) {
        if (figuresAgree(group[i], group[j]) === false) conflicts.push({ day, ids: [group[i].id, group[j].id] });
      }
    }
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
