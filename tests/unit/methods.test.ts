/** Ordering and describing methods (src/lib/methods.ts). */
import { describe, expect, test } from 'vitest';
import { byDateAdded, byFirstAppearance, tokenizerSummary } from '../../src/lib/methods';
import type { Method } from '../../src/lib/types';

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

describe('ordering and describing methods', () => {
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
  test('newest added first, paper date when no history', () => {
    const order = byDateAdded([
      { slug: 'old', added: '2026-01-01', v1: '2024-01-01', v1_read: 'v1-header' },
      { slug: 'new', added: '2026-03-01', v1: '2020-01-01', v1_read: 'v1-header' },
      { slug: 'nohist', v1: '2026-02-01', v1_read: 'v1-header' },
    ]);
    expect(order.map((o) => o.slug)).toEqual(['new', 'nohist', 'old']);
  });
});
