import { describe, expect, test } from 'vitest';
import { methodsIndex } from '../../src/lib/methods-index';
import { FAMILIES } from '../../src/lib/vocab';
import type { Method } from '../../src/lib/types';
import { translation } from './translation-fixture';

const m = (slug: string, v1: string, role: string, family: string, contribution = 'generator'): Method =>
  ({
    slug,
    data: {
      short_name: slug.toUpperCase(),
      role,
      family,
      contribution,
      paper: { v1: new Date(v1) },
      tokenizer: { kind: 'discrete', name: `${slug.toUpperCase()} VQ tokenizer`, downsample: 16 },
    },
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
  test("a tokenizer's line is in the page's language, with a translation's name for it where one is given", () => {
    const methods = [
      m('mar', '2024-06-17', 'core', 'masked-random-order'),
      m('var', '2024-04-03', 'core', 'next-scale'),
    ];
    const zh = methodsIndex(methods, 'zh', [translation('methods', 'mar', { tokenizer_name: 'MAR 的 VQ 分词器' })]);
    const lines = Object.fromEntries(zh[0].groups.flatMap((g) => g.entries).map((e) => [e.method.slug, e.tokenizer]));
    expect(lines).toEqual({ mar: '离散，MAR 的 VQ 分词器，16 倍下采样', var: '离散，VAR VQ tokenizer，16 倍下采样' });
    expect(methodsIndex(methods)[0].groups[0].entries[0].tokenizer).toBe(
      'discrete, MAR VQ tokenizer, 16× downsampling',
    );
  });
});
