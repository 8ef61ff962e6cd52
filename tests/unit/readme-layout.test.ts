/**
 * The README's layout table against the tree: every folder the repository tracks (two levels deep)
 * is named by a row, and every path a row names exists. A new folder needs its line there.
 */
import { describe, expect, test } from 'vitest';
import { existsSync, readFileSync } from 'node:fs';
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';

const root = join(import.meta.dirname, '../..');

/** The paths in the first column of the README's "Layout" table, e.g. "src/lib/", "src/content/methods/<slug>.mdx". */
function layoutPaths(): string[] {
  const readme = readFileSync(join(root, 'README.md'), 'utf8');
  const section = readme.slice(readme.indexOf('## Layout'), readme.indexOf('\n## ', readme.indexOf('## Layout') + 1));
  return section
    .split('\n')
    .filter((l) => l.startsWith('| `'))
    .flatMap((l) => [...l.split(' | ')[0].matchAll(/`([^`]+)`/g)].map((m) => m[1]));
}

/** Tracked folders, one and two levels deep ("src/", "src/lib/"). */
function trackedFolders(): string[] {
  const files = execFileSync('git', ['ls-files'], { cwd: root, encoding: 'utf8' }).split('\n').filter(Boolean);
  const folders = new Set<string>();
  for (const f of files) {
    const parts = f.split('/');
    if (parts.length > 1) folders.add(`${parts[0]}/`);
    if (parts.length > 2) folders.add(`${parts[0]}/${parts[1]}/`);
  }
  return [...folders].sort();
}

/** A row's path up to its first placeholder: "src/content/methods/<slug>.mdx" is "src/content/methods/". */
const staticPart = (p: string) => p.replace(/[<*[].*$/, '');

describe('the README layout table', () => {
  const rows = layoutPaths();
  test('names every tracked folder', () => {
    expect(rows.length).toBeGreaterThan(10);
    const unnamed = trackedFolders().filter(
      (d) => !rows.some((p) => staticPart(p).startsWith(d) || d.startsWith(staticPart(p))),
    );
    expect(unnamed).toEqual([]);
  });
  test('names only paths that exist', () => {
    expect(rows.filter((p) => !existsSync(join(root, staticPart(p))))).toEqual([]);
  });
});
