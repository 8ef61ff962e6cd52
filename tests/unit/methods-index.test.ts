import { describe, expect, test } from 'vitest';
import { methodsIndex } from '../../src/lib/methods-index';
import { FAMILIES } from '../../src/lib/vocab';
import type { Method } from '../../src/lib/types';

const m = (slug: string, v1: string, role: string, family: string, contribution = 'generator'): Method =>
  ({
    slug,
    data: { short_name: slug.toUpperCase(), role, family, contribution, paper: { v1: new Date(v1) } },
  }) as unknown as Method;

describe('methodsIndex', () => {
  const sections = methodsIndex([
    m('dit', '2022-12-19', 'baseline', 'diffusion'),
    m('mar', '2024-06-17', 'core', 'masked-random-order'),
    m('par', '2024-12-19', 'surveyed', 'parallel-decoding', 'decoding'),
    m('llamagen', '2024-06-10', 'core', 'next-token'),
    m('titok', '2024-06-11', 'surveyed', 'masked-random-order', 'tokenizer'),
  ]);
  test('autoregressive methods (core and surveyed) first, then baselines, with counts', () => {
    expect(sections.map((s) => [s.id, s.count])).toEqual([
      ['autoregressive', 4],
      ['baselines', 1],
    ]);
  });
  test('groups in vocabulary order, each by first appearance, empty families left out', () => {
    const ar = sections[0].groups;
    expect(ar.map((g) => g.family)).toEqual(
      FAMILIES.filter((f) => ['next-token', 'masked-random-order', 'parallel-decoding'].includes(f)),
    );
    expect(ar.find((g) => g.family === 'masked-random-order')!.entries.map((e) => e.method.slug)).toEqual([
      'titok',
      'mar',
    ]);
  });
  test('a tokenizer or decoding paper is labelled; a generator is not', () => {
    const entries = sections[0].groups.flatMap((g) => g.entries);
    expect(Object.fromEntries(entries.map((e) => [e.method.slug, e.contribution ?? null]))).toEqual({
      llamagen: null,
      titok: 'Tokenizer',
      mar: null,
      par: 'Decoding',
    });
  });
});
