import { describe, expect, test } from 'vitest';
import { leadOn, uncontrolled } from '../../src/lib/lead';
import { boardOf } from '../../src/lib/board';
import { row } from './compare-row-fixture';

const ar = (id: string, fid: number, patch = {}) =>
  row(id, { method: id, methodName: id, family: 'next-token', fid, ...patch });
const diff = (id: string, fid: number, patch = {}) =>
  row(id, { method: id, methodName: id, family: 'diffusion', fid, ...patch });

describe('who leads under a board', () => {
  const rows = [
    ar('old-ar', 3, { date: '2023-01-10', params: 300 }),
    diff('old-diff', 2.5, { date: '2023-02-01', params: 675 }),
    ar('new-ar', 1.3, { date: '2025-02-27', params: 1100, steps: 50, cfg: 2, cfgSchedule: 'linear' }),
    diff('new-diff', 1.2, { date: '2025-10', params: 839, steps: 50, cfg: 1.5, evaluator: 'ADM' }),
    ar('other-paper', 0.5, { date: '2025-11-01', provenance: 2 }),
    diff('at-512', 0.4, { date: '2025-11-01', resolution: 512 }),
  ];
  const lead = leadOn(rows, boardOf('all'))!;
  test('names the leader, both best models and the gap from the ranked rows only', () => {
    expect([lead.leader, lead.autoregressive.row.id, lead.diffusion.row.id, lead.margin]).toEqual([
      'diffusion',
      'new-ar',
      'new-diff',
      0.1,
    ]);
  });
  test('says since when the leader has led, at the precision the date was read', () => {
    expect(lead.since).toBe('2025-10');
  });
  test('lists what the two numbers do not control, and nothing they share', () => {
    // Samples: neither states them, so they are not controlled either.
    expect(lead.uncontrolled.map((u) => u.field)).toEqual(['guidance', 'evaluator', 'samples']);
    expect(uncontrolled(rows[3], { ...rows[3], samples: 50000 }).map((u) => u.field)).toEqual(['samples']);
    expect(uncontrolled({ ...rows[3], samples: 50000 }, { ...rows[3], samples: 50000 })).toEqual([]);
  });
  test('compares within size bands only where both sides have a sized model', () => {
    // Small: only old-ar (300M) is sized there, so no comparison; medium: old-diff and new-diff, no AR; large: new-ar only.
    expect(lead.bySize).toEqual([]);
    const sized = leadOn([...rows, ar('mid-ar', 1.25, { params: 700 })], boardOf('all'))!;
    expect(sized.bySize.map((b) => [b.band, b.leader, b.margin])).toEqual([['medium', 'diffusion', 0.05]]);
  });
  test('states no lead where one side has no model', () => {
    expect(leadOn([ar('a', 2)], boardOf('all'))).toBeUndefined();
  });
  test('follows the board: the 512 board has its own leader', () => {
    expect(leadOn([...rows, ar('ar-512', 0.3, { resolution: 512 })], boardOf('512'))?.leader).toBe('autoregressive');
  });
});

describe('since when', () => {
  test('a lead that never changed sides is dated from the first date both sides had a model', () => {
    const lead = leadOn(
      [ar('a', 3, { date: '2022-02-08' }), diff('d', 2, { date: '2021-05-11' }), diff('e', 1, { date: '2025-10-01' })],
      boardOf('all'),
    )!;
    expect([lead.since, lead.from]).toEqual([undefined, '2022-02-08']);
  });
  test('a number first printed in a later version of its paper counts from that version', () => {
    const rows = [
      ar('a', 1.24, { date: '2025-02-27' }),
      diff('d', 1.12, { date: '2025-04', printed: '2025-10-14' }),
      diff('e', 1.3, { date: '2025-04' }),
    ];
    expect(leadOn(rows, boardOf('all'))?.since).toBe('2025-10-14');
  });
});
