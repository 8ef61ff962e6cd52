import { describe, expect, test } from 'vitest';
import { exactFirst, exactness, ideasOf, namesIdea } from '../../src/lib/search-rank';

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
    expect(exactness('MAR', 'MARS: mixture')).toBe(3);
    expect(exactness('', 'MAR: x')).toBe(3);
  });
});

describe('the page that introduced an idea comes before the pages that discuss it', () => {
  const pages = [
    { title: 'FlowAR: scale-wise flow matching', ideas: [] },
    { title: 'M-VAR: decoupled scale-wise modelling', ideas: [] },
    { title: 'VAR: next-scale prediction', ideas: ideasOf('next-scale prediction · next-scale · coarse-to-fine') },
  ];
  test('for the idea, its first words, or the idea and more; hyphens and case do not matter', () => {
    for (const q of [
      'next-scale',
      'Next scale',
      'next-scale prediction',
      'coarse-to-fine',
      'coarse to fine generation',
    ])
      expect(
        exactFirst(
          q,
          pages,
          (p) => p.title,
          (p) => p.ideas,
        )[0].title,
        q,
      ).toBe('VAR: next-scale prediction');
  });
  test('a word inside an idea is not its name, and a page named by the query still comes first', () => {
    expect(namesIdea('scale', ['next-scale prediction'])).toBe(false);
    expect(namesIdea('prediction', ['next-scale prediction'])).toBe(false);
    expect(
      exactFirst(
        'FlowAR',
        pages,
        (p) => p.title,
        (p) => p.ideas,
      )[0].title,
    ).toMatch(/^FlowAR/);
  });
});
