/** The one table of content folders (src/lib/content-folders.ts). */
import { describe, expect, test } from 'vitest';
import { contentFile, loaderOptions } from '../../src/lib/content-folders';

describe('content folders', () => {
  test('a file path and a loader pattern follow the table', () => {
    expect(contentFile('methods', 'mar')).toBe('src/content/methods/mar.mdx');
    expect(contentFile('results', 'var')).toBe('src/content/results/var.yaml');
    expect(loaderOptions('concepts')).toEqual({ pattern: '*.mdx', base: './src/content/concepts' });
  });
});
