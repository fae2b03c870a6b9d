import type { TimelinePoint } from "./compare";

/**
 * At most `limit` figures of a timeline for a page read on a phone: the marked one, then the
 * figures in claims, then source figures spread evenly over time (the first and last kept),
 * returned in their original order. The quantity's own page shows them all.
 */
export function sampleTimeline<T extends TimelinePoint & { kind: "entry" | "claim" }>(points: T[], limit: number, marked?: string): T[] {
  if (points.length <= limit) return points;
  const chosen = new Set<string>();
  const take = (point: T | undefined) => {
    if (point && chosen.size < limit) chosen.add(point.id);
  };
  take(points.find((point) => point.id === marked));
  for (const point of points) if (point.kind === "claim") take(point);
  const rest = points.filter((point) => !chosen.has(point.id));
  const room = limit - chosen.size;
  if (room > 0 && rest.length) {
    const step = rest.length <= room ? 1 : (rest.length - 1) / Math.max(1, room - 1);
    for (let index = 0; index < room && index < rest.length; index += 1) take(rest[Math.round(index * step)]);
  }
  return points.filter((point) => chosen.has(point.id));
}
