import { describe, expect, test } from 'vitest';
import { pagefindPair, searchFacets } from '../../src/lib/search-facets';
import { readMethods } from '../content';

describe('search facets', () => {
  test('a method page carries its paradigm, tokenizer, backbone, year and role as filters, and says it is a method page', () => {
    const mar = readMethods().find((m) => m.slug === 'mar')!;
    expect(searchFacets(mar)).toEqual({
      filters: {
        family: 'Masked / random-order autoregressive',
        contribution: 'Generator',
        tokenizer: 'Continuous (latent vectors)',
        backbone: 'Bidirectional Transformer',
        year: '2024',
        role: 'core',
        kind: 'method page',
      },
    });
  });
  test("values lose commas, which would start another filter in Pagefind's attribute syntax", () => {
    expect(pagefindPair('family', 'Decoder-only Transformer (causal)')).toBe(
      'family:Decoder-only Transformer (causal)',
    );
    expect(pagefindPair('tokenizer', 'None (pixels, or latent)')).toBe('tokenizer:None (pixels or latent)');
  });
});
