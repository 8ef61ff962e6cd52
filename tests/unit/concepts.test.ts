/** Concept pages: the glossary and the concepts a method links to (src/lib/concepts.ts). */
import { describe, expect, test } from 'vitest';
import { conceptsFor, glossary, type Concept } from '../../src/lib/concepts';
import { translation } from './translation-fixture';
import { checkContent, headingIds, type RawFile } from '../../src/lib/content-check';
import { conceptSchema, methodSchema, resultsFileSchema } from '../../src/content.config';

describe('concepts', () => {
  const concept = (
    slug: string,
    terms: Array<{ term: string; anchor: string; definition: string }>,
    related: string[] = [],
  ) => ({
    slug,
    data: { title: slug, summary: 's', order: 1, shows: [], related_methods: related, terms },
  });
  test('the glossary gathers every page’s terms alphabetically; a method links to the concepts that discuss it', () => {
    const cs = [
      concept('metrics', [{ term: 'FID', anchor: 'fid', definition: 'A distance.' }], ['mar']),
      concept('tokenizers', [{ term: 'codebook', anchor: 'codebook', definition: 'A table.' }], ['var', 'mar']),
    ];
    expect(glossary(cs).map((t) => t.term)).toEqual(['codebook', 'FID']);
    expect(conceptsFor(cs, 'mar').map((c) => c.slug)).toEqual(['metrics', 'tokenizers']);
  });
  test('heading ids follow GitHub’s slugs and skip code blocks', () => {
    expect([
      ...headingIds('## Next-token prediction\n```\n## not a heading\n```\n### KV cache\n## FID: Fréchet distance'),
    ]).toEqual(['next-token-prediction', 'kv-cache', 'fid-fréchet-distance']);
  });
  test('a term whose anchor is not a heading, and a dangling related method, stop the build', () => {
    const file: RawFile = {
      path: 'src/content/concepts/metrics.mdx',
      slug: 'metrics',
      body: '\n## Fréchet Inception Distance\n',
      data: {
        title: 'Metrics',
        summary: 'What the numbers measure, and how.',
        order: 4,
        related_methods: ['nosuch'],
        terms: [{ term: 'FID', anchor: 'fid', definition: 'A distance between feature distributions.' }],
      },
    };
    const errors = checkContent(
      [],
      [],
      { method: methodSchema, resultsFile: resultsFileSchema, concept: conceptSchema },
      [],
      [file],
    );
    expect(errors).toEqual([
      'src/content/concepts/metrics.mdx: related_methods.0 names method "nosuch", which does not exist (no src/content/methods/nosuch.mdx)',
      'src/content/concepts/metrics.mdx: terms.0.anchor "fid" (for "FID") is not the id of a heading on this page; headings have ids "fréchet-inception-distance"',
    ]);
  });
});

describe('the translated glossary', () => {
  const concept = (slug: string, terms: Array<{ term: string; anchor: string; definition: string }>): Concept => ({
    slug,
    data: { title: slug, summary: 's', order: 1, shows: [], related_methods: [], terms },
  });
  const cs = [
    concept('metrics', [{ term: 'FID', anchor: 'fid', definition: 'English definition.' }]),
    concept('tokenizers', [{ term: 'Codebook', anchor: 'codebook', definition: 'English.' }]),
  ];
  test('gives the translated term and definition with the English term beside, and keeps an untranslated term in English', () => {
    const entries = glossary(cs, [
      translation('concepts', 'metrics', {
        title: '评测指标',
        terms: [{ anchor: 'fid', term: 'FID（弗雷歇距离）', definition: '中文定义。' }],
      }),
    ]);
    expect(entries.find((e) => e.anchor === 'fid')).toMatchObject({
      term: 'FID（弗雷歇距离）',
      english: 'FID',
      definition: '中文定义。',
      conceptTitle: '评测指标',
    });
    const untranslated = entries.find((e) => e.anchor === 'codebook')!;
    expect([untranslated.term, untranslated.english]).toEqual(['Codebook', undefined]);
  });
});
