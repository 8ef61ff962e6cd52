/**
 * The Pareto front of quality against size: the points that no other point beats on both
 * fewer parameters and lower FID.
 */

export interface XY {
  /** Size (parameters); lower is better. */
  x: number;
  /** FID; lower is better. */
  y: number;
}

/**
 * Points on the front, ordered by x. A point is on the front when every point with x at most its
 * own has a larger y (ties in x keep only the lowest y).
 */
export function paretoFront<T extends XY>(points: readonly T[]): T[] {
  const sorted = [...points].sort((a, b) => a.x - b.x || a.y - b.y);
  const front: T[] = [];
  let best = Infinity;
  for (const p of sorted) {
    if (p.y < best) {
      front.push(p);
      best = p.y;
    }
  }
  return front;
}
