/**
 * A new family is one entry in src/lib/vocab.ts: with a fake family added there (and nothing else),
 * its colour token, its inline style, its label in the methods index (in both editions) and its filter value exist.
 */
import { describe, expect, test, vi } from 'vitest';
import type { Method } from '../../src/lib/types';

vi.mock('../../src/lib/vocab', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/vocab')>();
  const FAMILY = {
    ...real.FAMILY,
    'next-pixel-test': {
      label: { en: 'Next pixel (test)', zh: '下一像素（测试）' },
      description: { en: 'A family that exists only in this test.', zh: '只存在于这个测试中的家族。' },
      colors: ['#123456', '#abcdef'],
    },
  };
  return { ...real, FAMILY, FAMILIES: Object.keys(FAMILY) };
});

describe('a family added to the vocabulary only', () => {
  test('gets its colour token and style', async () => {
    const { familyTokensCss, familyStyle } = await import('../../src/lib/family-style');
    expect(familyTokensCss()).toContain('--family-next-pixel-test:light-dark(#123456,#abcdef)');
    expect(familyStyle('next-pixel-test' as never)).toBe('--family:var(--family-next-pixel-test)');
  });
  test('gets its group, label and description in the methods index', async () => {
    const { methodsIndex } = await import('../../src/lib/methods-index');
    const m = {
      slug: 'toy',
      data: {
        short_name: 'Toy',
        role: 'surveyed',
        family: 'next-pixel-test',
        contribution: 'generator',
        paper: { v1: new Date('2025-01-01') },
        tokenizer: { kind: 'none' },
      },
    } as unknown as Method;
    const group = methodsIndex([m])[0].groups[0];
    expect([group.family, group.label, group.description]).toEqual([
      'next-pixel-test',
      'Next pixel (test)',
      'A family that exists only in this test.',
    ]);
    const zh = methodsIndex([m], 'zh')[0].groups[0];
    expect([zh.label, zh.description]).toEqual(['下一像素（测试）', '只存在于这个测试中的家族。']);
  });
  test('is a value the compare view reads from the URL', async () => {
    const { queryToView } = await import('../../src/lib/compare');
    expect(queryToView('?family=next-pixel-test').family).toEqual(['next-pixel-test']);
  });
});
