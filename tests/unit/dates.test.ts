import { describe, expect, test } from 'vitest';
import { arxivMonth, monthEnd, paperDate, paperDateKey, paperDateOf, undatedMonths } from '../../src/lib/dates';
import { byFirstAppearance, firstAppearances } from '../../src/lib/methods';
import type { Method } from '../../src/lib/types';

const m = (slug: string, v1: string, role = 'core'): Method =>
  ({ slug, data: { short_name: slug.toUpperCase(), role, paper: paperDateOf(v1) } }) as unknown as Method;

describe('dates as precisely as they were read', () => {
  test('a month-only v1 keeps its precision', () => {
    expect(paperDate(paperDateOf('2025-09'))).toEqual({ iso: '2025-09', precision: 'month' });
    expect(paperDate(paperDateOf('2025-09-29'))).toEqual({ iso: '2025-09-29', precision: 'day' });
  });
  test('the arXiv identifier gives the month it was assigned in', () => {
    expect(arxivMonth('2406.11838')).toBe('2024-06');
    expect(monthEnd('2024-02')).toBe('2024-02-29');
  });
  test('in a month with an undated paper, every paper of that month has the month as its key', () => {
    const dates = [paperDate(paperDateOf('2025-09')), paperDate(paperDateOf('2025-09-03'))];
    const undated = undatedMonths(dates);
    expect(dates.map((d) => paperDateKey(d, undated))).toEqual(['2025-09', '2025-09']);
    expect(paperDateKey(paperDate(paperDateOf('2025-10-03')), undated)).toBe('2025-10-03');
  });
  test('who came first: papers of one month that cannot be ordered share one entry', () => {
    const firsts = firstAppearances([m('b', '2024-08'), m('a', '2024-08-22'), m('c', '2024-06-17')]);
    expect(firsts.map((f) => [f.date.iso, f.methods.map((x) => x.slug)])).toEqual([
      ['2024-06-17', ['c']],
      ['2024-08', ['b', 'a']],
    ]);
    expect(byFirstAppearance([m('x', '2024-06-17'), m('y', '2024-06-10')]).map((x) => x.slug)).toEqual(['y', 'x']);
  });
});
