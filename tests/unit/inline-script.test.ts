/** The inlined head script, compiled and minified at build time (src/lib/inline-script.ts). */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Script } from 'node:vm';
import { minifyInline } from '../../src/lib/inline-script';

describe('minifyInline', () => {
  const source = readFileSync(join(import.meta.dirname, '../../src/client/head.ts'), 'utf8');
  test('the head script loses its types, shrinks and still parses, with the hooks the page relies on', async () => {
    const min = await minifyInline(source, 'head.ts');
    expect(min.length).toBeLessThan(source.length * 0.7);
    expect(() => new Script(min)).not.toThrow();
    expect(min).not.toMatch(/ as HTML|<HTML\w+>/);
    for (const hook of ['data-theme-toggle', 'search-dialog', 'data-module', 'data-copy-target'])
      expect(min).toContain(hook);
  });
  test('the same source is compiled once', () => {
    expect(minifyInline(source, 'head.ts')).toBe(minifyInline(source, 'head.ts'));
  });
  test('a script that does not parse stops the build with its name', async () => {
    await expect(minifyInline('let = ;', 'broken.js')).rejects.toThrow(/broken\.js/);
    await expect(minifyInline('const a: = 1;', 'broken.ts')).rejects.toThrow(/broken\.ts/);
  });
});
