/**
 * The timeline by year and its family filter (src/lib/timeline.ts).
 */
import { describe, expect, test } from 'vitest';
import { timeline, timelineFilter } from '../../src/lib/timeline';
import { FAMILIES } from '../../src/lib/vocab';
import { readMethods } from '../content';

describe('timeline', () => {
  test('its filter offers the families it holds, in vocabulary order, and counts every paper', () => {
    const years = timeline(readMethods());
    const f = timelineFilter(years);
    expect(f.count).toBe(readMethods().length);
    expect(new Set(f.families)).toEqual(new Set(readMethods().map((m) => m.data.family)));
    expect(f.families).toEqual(FAMILIES.filter((x) => f.families.includes(x)));
  });
  test('the seed order: VAR before LlamaGen before MAR before AiM', () => {
    const order = timeline(readMethods()).flatMap((y) => y.entries.map((e) => e.slug));
    const at = (s: string) => order.indexOf(s);
    expect(at('var')).toBeLessThan(at('llamagen'));
    expect(at('llamagen')).toBeLessThan(at('mar'));
    expect(at('mar')).toBeLessThan(at('aim'));
  });
});
