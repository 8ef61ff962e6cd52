/**
 * Methods newest added first, for the home page and the feed (src/lib/recent.ts).
 */
import { describe, expect, test } from 'vitest';
import { recentlyAdded } from '../../src/lib/recent';
import type { Method } from '../../src/lib/types';

const m = (slug: string, v1: string): Method =>
  ({
    slug,
    data: {
      short_name: slug.toUpperCase(),
      role: 'surveyed',
      family: 'next-token',
      backbone: 'x',
      contribution: 'generator',
      tokenizer: { kind: 'discrete' },
      paper: { v1: new Date(v1) },
    },
  }) as unknown as Method;

describe('recentlyAdded', () => {
  test('newest page first; the paper date stands in where git has no date', () => {
    const ms = [m('old', '2024-01-01'), m('new', '2023-01-01'), m('nogit', '2026-11-30')];
    const list = recentlyAdded(ms, (slug) => ({ old: '2026-01-01', new: '2026-06-01' })[slug]);
    expect(list.map((a) => [a.slug, a.added ?? null])).toEqual([
      ['nogit', null],
      ['new', '2026-06-01'],
      ['old', '2026-01-01'],
    ]);
  });
});
