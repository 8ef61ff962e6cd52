/** The inlined head script, minified at build time (src/lib/inline-script.ts). */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { minifyInline } from '../../src/lib/inline-script';

describe('minifyInline', () => {
  const source = readFileSync(join(import.meta.dirname, '../../src/scripts/head.js'), 'utf8');
  test('the head script shrinks and still parses, with the hooks the page relies on', () => {
    const min = minifyInline(source, 'head.js');
    expect(min.length).toBeLessThan(source.length * 0.7);
    expect(() => new Function(min)).not.toThrow();
    for (const hook of ['data-theme-toggle', 'search-dialog', 'data-module', 'data-copy-target']) expect(min).toContain(hook);
  });
  test('a script that does not parse stops the build with its name', () => {
    expect(() => minifyInline('let = ;', 'broken.js')).toThrow(/broken\.js/);
  });
});
