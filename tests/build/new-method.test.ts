/**
 * The contributor path end to end: the files `npm run new` writes, filled in with two result rows,
 * appear on the site, in search, on the compare page, on the leaderboard and its charts, and in the exports, with no code change.
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildWith } from './build-copy';
import { methodStub, resultsStub } from '../../src/lib/new-method';

const SLUG = 'toy-ar';
const rows = `
  - id: toy-ar-b-cfg-toy-ar
    reported_in: ${SLUG}
    model: Toy-AR-B
    params_m: 150
    resolution: 256
    metrics: { fid: 4.2, is: 210.5 }
    sampling: { guidance: true, cfg: 2.0, steps: 256 }
    source: { arxiv: "2501.01234", version: v1, table: Table 2 }
  - id: toy-ar-b-nocfg-toy-ar
    reported_in: ${SLUG}
    model: Toy-AR-B
    params_m: 150
    resolution: 256
    metrics: { fid: 9.9 }
    sampling: { guidance: false }
    source: { arxiv: "2501.01234", version: v1, table: Table 2 }
`;

test('a new method with two rows shows on its page, in search, on /compare/, on the leaderboard and its chart, and in the exports', { timeout: 180_000 }, async () => {
  let checked = false;
  const { status, output } = await buildWith(
    (dir) => {
      const input = { slug: SLUG, title: 'Toy Autoregressive Generation', arxiv: '2501.01234', today: '2025-01-10' };
      // Filled in as CONTRIBUTING.md asks: a page that still holds a "TODO" does not build in CI.
      const filled = methodStub(input)
        .replace('["TODO: first author", "TODO: other authors in order"]', '["Ada Lovelace", "Alan Turing"]')
        .replace('"TODO: one sentence on what this method does differently."', '"Predicts toy tokens one at a time, to show that a new method needs no code change."')
        .replace(/^TODO: /gm, '');
      writeFileSync(join(dir, `src/content/methods/${SLUG}.mdx`), filled);
      writeFileSync(join(dir, `src/content/results/${SLUG}.yaml`), resultsStub(SLUG).replace('rows: []', `rows:${rows}`));
    },
    (dir) => {
      const dist = join(dir, 'dist');
      const page = readFileSync(join(dist, `methods/${SLUG}/index.html`), 'utf8');
      expect(page).toContain('Toy-AR-B');
      expect(page).toContain('id="row-toy-ar-b-cfg-toy-ar"');
      const compare = readFileSync(join(dist, 'compare/index.html'), 'utf8');
      expect(compare).toContain('id="row-toy-ar-b-nocfg-toy-ar"');
      const board = readFileSync(join(dist, 'leaderboard/index.html'), 'utf8');
      expect(board).toContain('data-id="toy-ar-b-cfg-toy-ar"'); // a mark in the board's charts
      const results = JSON.parse(readFileSync(join(dist, 'data/results.json'), 'utf8')) as Array<{ id: string; method: string }>;
      expect(results.filter((r) => r.method === SLUG).map((r) => r.id).sort()).toEqual(['toy-ar-b-cfg-toy-ar', 'toy-ar-b-nocfg-toy-ar']);
      expect(readFileSync(join(dist, 'data/results.csv'), 'utf8')).toContain('toy-ar-b-nocfg-toy-ar');
      expect(readFileSync(join(dist, 'data/methods.json'), 'utf8')).toContain(`"slug": "${SLUG}"`);
      expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(`/methods/${SLUG}/`);
      // The search index covers every page marked for indexing, the new one among them, ...
      expect(page).toContain('data-pagefind-body');
      const indexed = (readdirSync(dist, { recursive: true }) as string[])
        .filter((f) => f.endsWith('.html'))
        .filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body')).length;
      // ... and every result row as a record of its own, the new rows among them.
      const meta = readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8');
      expect(JSON.parse(meta).languages.en.page_count).toBe(indexed + results.length);
      checked = true;
    },
  );
  expect(status, output.slice(-2000)).toBe(0);
  expect(checked).toBe(true);
});
