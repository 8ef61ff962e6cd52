import { describe, expect, test } from 'vitest';
import { exactFirst, exactness } from '../../src/lib/search-rank';

describe('results named exactly by the query come first', () => {
  test('a method page titled by the query, then a row of that model, then the rest in their order', () => {
    const titles = [
      'VQGAN-LC: a 100,000-entry codebook',
      'VAR-d30 + DDO · DDO',
      'VAR-d30 · VAR',
      'CoDe: collaborative decoding of VAR',
    ];
    expect(exactFirst('code', titles, (t) => t)).toEqual([
      'CoDe: collaborative decoding of VAR',
      'VQGAN-LC: a 100,000-entry codebook',
      'VAR-d30 + DDO · DDO',
      'VAR-d30 · VAR',
    ]);
    expect(exactFirst('VAR-d30', titles, (t) => t)[0]).toBe('VAR-d30 · VAR');
  });
  test('a Chinese title with a full-width colon counts; a longer word does not', () => {
    expect(exactness('MAR', 'MAR：无需向量量化的自回归图像生成')).toBe(0);
    expect(exactness('MAR', 'MARS: mixture')).toBe(2);
    expect(exactness('', 'MAR: x')).toBe(2);
  });
});
