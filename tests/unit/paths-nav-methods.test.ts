import { describe, expect, test } from 'vitest';
import { joinBase } from '../../src/lib/paths';
import { byFirstAppearance, tokenizerSummary } from '../../src/lib/methods';
import { isCurrent } from '../../src/lib/nav';
import type { Method } from '../../src/lib/types';

describe('joinBase', () => {
  test('joins base and path with one slash', () => {
    expect(joinBase('/', '/methods/')).toBe('/methods/');
    expect(joinBase('/survey/', '/methods/mar/')).toBe('/survey/methods/mar/');
    expect(joinBase('/survey', 'methods/')).toBe('/survey/methods/');
    expect(joinBase('/survey/', '/')).toBe('/survey/');
  });
});

describe('isCurrent', () => {
  test('a section is current on its own pages only', () => {
    expect(isCurrent('/methods/mar/', '/methods/')).toBe(true);
    expect(isCurrent('/methods', '/methods/')).toBe(true);
    expect(isCurrent('/', '/methods/')).toBe(false);
  });
});

function m(slug: string, v1: string, role: 'core' | 'baseline' = 'core'): Method {
  return {
    slug,
    data: {
      short_name: slug.toUpperCase(),
      role,
      paper: { v1: new Date(v1) },
    },
  } as unknown as Method;
}

describe('ordering methods', () => {
  test('by first arXiv version, oldest first', () => {
    const order = byFirstAppearance([m('mar', '2024-06-17'), m('var', '2024-04-03'), m('llamagen', '2024-06-10')]);
    expect(order.map((x) => x.slug)).toEqual(['var', 'llamagen', 'mar']);
  });
  test('tokenizer summary', () => {
    expect(tokenizerSummary({ kind: 'discrete', name: 'VQGAN', downsample: 16, codebook_size: 16384 })).toBe(
      'discrete, VQGAN, 16× downsampling, 16,384 codes',
    );
    expect(tokenizerSummary({ kind: 'none' })).toBe('no tokenizer');
  });
});

