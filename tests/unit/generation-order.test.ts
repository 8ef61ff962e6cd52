/** How each family fills a token grid (src/lib/generation-order.ts). */
import { describe, expect, test } from 'vitest';
import {
  maskedSteps,
  orderOfFamily,
  orderView,
  rasterSteps,
  scaleTokens,
  stepCount,
  VAR_SCALES,
} from '../../src/lib/generation-order';

describe('generation orders', () => {
  test('step counts: 256 for raster 16×16, 10 for VAR’s schedule, 64 for MAR by default', () => {
    expect(stepCount('raster')).toBe(256);
    expect(stepCount('next-scale')).toBe(VAR_SCALES.length);
    expect(stepCount('next-scale')).toBe(10);
    expect(stepCount('random-sets')).toBe(64);
    expect(scaleTokens()).toBe(680);
  });
  test('raster fills cells in row-major order', () => {
    expect(rasterSteps(4)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16]);
  });
  test('MAR’s order generates every cell once, at least one per step, in growing sets (cosine schedule)', () => {
    const steps = maskedSteps(16, 64, 7);
    const perStep = Array.from({ length: 64 }, (_, k) => steps.filter((s) => s === k + 1).length);
    expect(steps.every((s) => s >= 1 && s <= 64)).toBe(true);
    expect(perStep.reduce((a, b) => a + b, 0)).toBe(256);
    expect(Math.min(...perStep)).toBeGreaterThanOrEqual(1);
    expect(perStep.slice(0, 8).reduce((a, b) => a + b, 0)).toBeLessThan(perStep.slice(-8).reduce((a, b) => a + b, 0));
    expect(maskedSteps(16, 64, 7)).toEqual(steps); // deterministic
  });
  test('views: static frames end with the full grid; the paradigm picks the order', () => {
    const raster = orderView('raster');
    expect(raster.frames.map((f) => f.step)).toEqual([64, 128, 192, 256]);
    expect(raster.frames.at(-1)!.path.match(/M/g)).toHaveLength(256);
    expect(orderView('next-scale').frames).toHaveLength(10);
    expect([
      orderOfFamily('next-token'),
      orderOfFamily('next-scale'),
      orderOfFamily('masked-random-order'),
      orderOfFamily('diffusion'),
    ]).toEqual(['raster', 'next-scale', 'random-sets', undefined]);
  });
});
