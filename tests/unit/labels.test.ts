import { describe, expect, test } from 'vitest';
import { around, overlaps, placeLabels } from '../../src/lib/labels';

const bounds = { left: 0, top: 0, right: 400, bottom: 300 };

describe('placeLabels', () => {
  test('labels of a tight cluster never overlap each other; those with no free spot are left out', () => {
    const cluster = Array.from({ length: 12 }, (_, i) => ({
      x: 200 + (i % 4) * 6,
      y: 150 + Math.floor(i / 4) * 6,
      text: `Model-${i}`,
    }));
    const out = placeLabels(cluster, bounds, 12);
    const boxes = out.flatMap((l) => (l ? [l.box] : []));
    expect(boxes.length).toBeGreaterThan(0);
    expect(boxes.length).toBeLessThan(cluster.length);
    for (let i = 0; i < boxes.length; i++)
      for (let j = i + 1; j < boxes.length; j++) expect(overlaps(boxes[i], boxes[j])).toBe(false);
  });
  test('a label keeps inside the bounds: near the right edge it goes to the left of its point', () => {
    const [l] = placeLabels([{ x: 390, y: 100, text: 'A long model name' }], bounds, 12);
    expect(l!.anchor).toBe('end');
    expect(l!.box.right).toBeLessThanOrEqual(bounds.right);
    expect(l!.box.left).toBeGreaterThanOrEqual(bounds.left);
  });
  test('no label covers an obstacle (a mark)', () => {
    const mark = around(215, 92, 8);
    const [l] = placeLabels([{ x: 200, y: 100, text: 'Model' }], bounds, 12, [mark]);
    expect(l).not.toBeNull();
    expect(overlaps(l!.box, mark)).toBe(false);
  });
  test('earlier labels win: the first request gets its first spot', () => {
    const [a] = placeLabels(
      [
        { x: 100, y: 100, text: 'First' },
        { x: 102, y: 100, text: 'Second' },
      ],
      bounds,
      12,
    );
    expect(a).toMatchObject({ anchor: 'start', x: 109, y: 92.8 });
  });
});
