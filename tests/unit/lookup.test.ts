import { describe, expect, it } from 'vitest';
import { groupedBy, lookUp } from '../../src/lib/lookup';

const rows = [
  { id: 'a', method: 'mar' },
  { id: 'b', method: 'var' },
  { id: 'c', method: 'mar' },
];
const methodOf = (r: { method: string }) => r.method;
const idOf = (r: { id: string }) => r.id;

describe('lookups built once per list', () => {
  it('groups items by key in list order, and has no group for an absent key', () => {
    const byMethod = groupedBy(rows, methodOf);
    expect(byMethod.get('mar')?.map(idOf)).toEqual(['a', 'c']);
    expect(byMethod.get('var')?.map(idOf)).toEqual(['b']);
    expect(byMethod.get('aim')).toBeUndefined();
  });

  it('reuses the index for the same list and key, and builds another for another list or key', () => {
    expect(groupedBy(rows, methodOf)).toBe(groupedBy(rows, methodOf));
    expect(groupedBy(rows, idOf)).not.toBe(groupedBy(rows, methodOf));
    const copy = [...rows];
    expect(groupedBy(copy, methodOf)).not.toBe(groupedBy(rows, methodOf));
    expect(groupedBy(copy, methodOf)).toEqual(groupedBy(rows, methodOf));
  });

  it('looks one item up by key, the last of several', () => {
    expect(lookUp(rows, idOf, 'b')).toBe(rows[1]);
    expect(lookUp(rows, methodOf, 'mar')).toBe(rows[2]);
    expect(lookUp(rows, idOf, 'z')).toBeUndefined();
  });
});
