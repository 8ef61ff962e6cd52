/**
 * The Pareto front of FID against size (src/lib/pareto.ts).
 */
import { describe, expect, test } from 'vitest';
import { paretoFront } from '../../src/lib/pareto';

describe('paretoFront', () => {
  test('keeps the points no other point beats on both size and FID, by size', () => {
    const pts = [
      { id: 'a', x: 100, y: 5 },
      { id: 'b', x: 200, y: 6 },
      { id: 'c', x: 300, y: 3 },
      { id: 'd', x: 300, y: 2.5 },
      { id: 'e', x: 1000, y: 2.6 },
      { id: 'f', x: 2000, y: 1.5 },
    ];
    expect(paretoFront(pts).map((p) => p.id)).toEqual(['a', 'd', 'f']);
  });
  test('an empty set has an empty front', () => {
    expect(paretoFront([])).toEqual([]);
  });
});
