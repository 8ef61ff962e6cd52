/** The on-demand browser modules, built by Vite (src/integrations/client-modules.ts). */
import { describe, expect, test } from 'vitest';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildModules, moduleSources } from '../../src/integrations/client-modules';

const root = join(import.meta.dirname, '../..');

describe('buildModules', async () => {
  const { files, paths } = await buildModules(root);
  const names = Object.keys(moduleSources(root));

  test('every module in the folder is built to one fingerprinted file under _astro/', () => {
    expect(names.length).toBeGreaterThanOrEqual(3);
    expect(Object.keys(paths).sort()).toEqual([...names].sort());
    for (const name of names) expect(paths[name]).toMatch(new RegExp(`^_astro/${name}\\.[\\w-]{6,}\\.js$`));
  });

  test('the built files are compiled and minified, and keep the exports the head script calls', () => {
    for (const name of names) {
      const code = files.find((f) => f.fileName === paths[name])!.code;
      // Minified: no comment and no indented line left (a module's size includes the src/lib code it imports).
      expect(code, name).not.toMatch(/\/\*\*|\n {2,}\S/);
      expect(code, name).not.toMatch(/: HTMLElement\b|interface /); // no TypeScript left
      expect(code, name).toMatch(/export\s*\{/);
    }
    const exportsOf = (name: string) => files.find((f) => f.fileName === paths[name])!.exports;
    expect(exportsOf('search')).toContain('openSearchDialog');
    expect(exportsOf('generation-order')).toContain('init');
    expect(exportsOf('timeline-filter')).toContain('init');
    for (const name of ['paper-export', 'pick-rows', 'side-by-side']) expect(exportsOf(name)).toContain('init');
  });

  test("the pages' type for the map names exactly the modules in the folder", () => {
    const declared = readFileSync(join(root, 'src/client/modules.d.ts'), 'utf8');
    const union = /Record<([^,]+),\s*string\s*>/.exec(declared)![1];
    expect([...union.matchAll(/'([^']+)'/g)].map((m) => m[1]).sort()).toEqual([...names].sort());
  });

  test('Pagefind stays a run-time URL, not a bundled import', () => {
    const code = files.find((f) => f.fileName === paths.search)!.code;
    expect(code).toContain('pagefind/pagefind.js');
    expect(files.every((f) => !f.fileName.includes('pagefind'))).toBe(true);
  });
});
