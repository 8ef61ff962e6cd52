import { describe, expect, test } from 'vitest';
import { checkCensus } from '../../src/lib/census-check';
import { censusGroups, toCensusExport, type CensusEntry } from '../../src/lib/census';
import { censusFileSchema } from '../../src/content.config';
import type { RawFile } from '../../src/lib/content-check';

const entry = (id: string, patch: Record<string, unknown> = {}) => ({
  id,
  name: id.toUpperCase(),
  arxiv: '2501.00001',
  family: 'next-scale',
  task: 'class-to-image',
  reason: 'no-first-hand-number',
  detail: 'The abstract (v1, read) has no number; the repository has no results.',
  checked: '2026-12-06',
  ...patch,
});
const file = (entries: unknown[]): RawFile => ({ path: 'src/content/census.yaml', slug: 'census', data: { entries } });
const method = (arxiv: string): RawFile => ({
  path: 'src/content/methods/var.mdx',
  slug: 'var',
  data: { paper: { arxiv } },
});

describe('the census guard', () => {
  test('a valid census passes', () => {
    expect(checkCensus(file([entry('a'), entry('b', { arxiv: '2501.00002' })]), [], censusFileSchema)).toEqual([]);
  });
  test('names the file, the entry and the field of a bad value', () => {
    expect(checkCensus(file([entry('a', { reason: 'lost' })]), [], censusFileSchema)[0]).toMatch(
      /^src\/content\/census\.yaml: entry "a": reason must be one of: no-first-hand-number, .*got "lost"$/,
    );
    expect(checkCensus(file([entry('a', { detail: 'TBD' })]), [], censusFileSchema)[0]).toContain(
      'entry "a": detail must say what was read where',
    );
  });
  test('refuses a duplicate id and an entry whose paper has a method page', () => {
    expect(checkCensus(file([entry('a'), entry('a', { arxiv: '2501.00002' })]), [], censusFileSchema)).toEqual([
      'src/content/census.yaml: entry "a": id is already used in the census; ids must be unique',
    ]);
    expect(checkCensus(file([entry('a', { arxiv: '2404.02905' })]), [method('2404.02905')], censusFileSchema)).toEqual([
      'src/content/census.yaml: entry "a": arxiv "2404.02905" has a method page (src/content/methods/var.mdx); a method on the site leaves the census',
    ]);
  });
});

describe('the census page', () => {
  test('groups by task (ImageNet first) and by reason in the vocabulary order, names sorted', () => {
    const parsed = censusFileSchema.parse({
      entries: [
        entry('z', { task: 'text-to-image', reason: 'no-arxiv-paper', arxiv: undefined }),
        entry('b', { reason: 'relative-only' }),
        entry('a', { reason: 'relative-only', arxiv: '2501.00003' }),
        entry('c', { arxiv: '2501.00004' }),
      ],
    }).entries as CensusEntry[];
    const groups = censusGroups(parsed);
    expect(groups.map((g) => [g.task, g.count, g.reasons.map((r) => [r.reason, r.entries.map((e) => e.id)])])).toEqual([
      [
        'class-to-image',
        3,
        [
          ['no-first-hand-number', ['c']],
          ['relative-only', ['a', 'b']],
        ],
      ],
      ['text-to-image', 1, [['no-arxiv-paper', ['z']]]],
    ]);
    expect(toCensusExport(parsed).map((e) => [e.id, e.arxiv, e.checked])).toContainEqual(['z', null, '2026-12-06']);
  });
});
