/**
 * The contributor path end to end: the files `npm run new` writes, filled in with two result rows,
 * appear on the site, in search, on the compare page, on the leaderboard and its charts, and in the
 * exports, with no code change, in both editions (the Chinese page with its prose marked English).
 * Then an English page that has a translation is changed in a later commit: its Chinese page says so.
 * The copy is built under a sub-path (BASE_PATH), as a GitHub Pages project site is, and every
 * internal link and #fragment of it must resolve there (`dist` is checked at the root by npm run test:links).
 */
import { expect, test } from 'vitest';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { execFileSync } from 'node:child_process';
import { buildWith } from './build-copy';
import { methodStub, resultsStub } from '../../scripts/lib/new-method';
import { brokenLinks } from '../../scripts/lib/link-check';
import { builtFiles } from '../../scripts/lib/built-files';

const SLUG = 'toy-ar';
/** The base the copy is built under. */
const SUB = '/sub-path/';
const rows = `
  - id: toy-ar-b-cfg-toy-ar
    benchmark: imagenet-cc
    reported_in: ${SLUG}
    model: Toy-AR-B
    params_m: 150
    resolution: 256
    metrics: { fid: 4.2, is: 210.5 }
    sampling: { guidance: true, cfg: 2.0, steps: 256 }
    source: { arxiv: "2501.01234", version: v1, table: Table 2 }
  - id: toy-ar-b-nocfg-toy-ar
    benchmark: imagenet-cc
    reported_in: ${SLUG}
    model: Toy-AR-B
    params_m: 150
    resolution: 256
    metrics: { fid: 9.9 }
    sampling: { guidance: false }
    source: { arxiv: "2501.01234", version: v1, table: Table 2 }
`;

/** Runs git in `dir` with a fixed identity and, when given, a fixed date for the commit. */
const git = (dir: string, args: string[], date?: string) =>
  execFileSync(
    'git',
    ['-c', 'user.name=Contributor', '-c', 'user.email=contributor@example.org', '-c', 'commit.gpgsign=false', ...args],
    {
      cwd: dir,
      stdio: 'ignore',
      env: { ...process.env, ...(date ? { GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date } : {}) },
    },
  );
const CHANGED = '2031-05-17';
/** That date as the Chinese edition writes it. */
const CHANGED_ZH = '2031 年 5 月 17 日';

test(
  'a new method with two rows shows on its page (in both editions), in search, on /compare/, on the leaderboard and its chart, and in the exports; a changed English page flags its translation; under a sub-path every link resolves',
  { timeout: 180_000 },
  async () => {
    let checked = false;
    const { status, output } = await buildWith(
      (dir) => {
        const input = { slug: SLUG, title: 'Toy Autoregressive Generation', arxiv: '2501.01234', today: '2025-01-10' };
        // Filled in as CONTRIBUTING.md asks: a page that still holds a "TODO" does not build in CI.
        const filled = methodStub(input)
          .replace('["TODO: first author", "TODO: other authors in order"]', '["Ada Lovelace", "Alan Turing"]')
          .replace(
            '"TODO: one sentence on what this method does differently."',
            '"Predicts toy tokens one at a time, to show that a new method needs no code change."',
          )
          .replace(/^TODO: /gm, '');
        writeFileSync(join(dir, `src/content/methods/${SLUG}.mdx`), filled);
        writeFileSync(
          join(dir, `src/content/results/${SLUG}.yaml`),
          resultsStub(SLUG).replace('rows: []', `rows:${rows}`),
        );
        // A repository in which every translation is up to date; then the English MAR page changes.
        git(dir, ['init', '-q']);
        git(dir, ['add', '-A']);
        git(dir, ['commit', '-q', '-m', 'The site as it is'], '2030-01-01T00:00:00Z');
        const mar = join(dir, 'src/content/methods/mar.mdx');
        writeFileSync(mar, `${readFileSync(mar, 'utf8')}\nA sentence added in English after the translation.\n`);
        git(dir, ['commit', '-q', '-am', 'MAR: one more sentence'], `${CHANGED}T12:00:00Z`);
      },
      (dir) => {
        const dist = join(dir, 'dist');
        const page = readFileSync(join(dist, `methods/${SLUG}/index.html`), 'utf8');
        expect(page).toContain('Toy-AR-B');
        expect(page).toContain('id="row-toy-ar-b-cfg-toy-ar"');
        const compare = readFileSync(join(dist, 'compare/index.html'), 'utf8');
        expect(compare).toContain('id="row-toy-ar-b-nocfg-toy-ar"');
        const board = readFileSync(join(dist, 'leaderboard/index.html'), 'utf8');
        expect(board).toMatch(/<title>Toy-AR-B[^<]*: [^<]*FID [\d.]+<\/title>/); // a mark in the board's charts
        const results = JSON.parse(readFileSync(join(dist, 'data/results.json'), 'utf8')) as Array<{
          id: string;
          method: string;
        }>;
        expect(
          results
            .filter((r) => r.method === SLUG)
            .map((r) => r.id)
            .sort(),
        ).toEqual(['toy-ar-b-cfg-toy-ar', 'toy-ar-b-nocfg-toy-ar']);
        expect(readFileSync(join(dist, 'data/results.csv'), 'utf8')).toContain('toy-ar-b-nocfg-toy-ar');
        expect(readFileSync(join(dist, 'data/methods.json'), 'utf8')).toContain(`"slug": "${SLUG}"`);
        expect(readFileSync(join(dist, 'rss.xml'), 'utf8')).toContain(`/methods/${SLUG}/`);
        // The search index covers every page marked for indexing, the new one among them, ...
        expect(page).toContain('data-pagefind-body');
        const indexed = (readdirSync(dist, { recursive: true }) as string[])
          .filter((f) => f.endsWith('.html'))
          .filter((f) => readFileSync(join(dist, f), 'utf8').includes('data-pagefind-body')).length;
        // ... and every result row as a record of its own, the new rows among them
        // (English pages at the root, Chinese ones under zh/: one index per language, each with every row.)
        const meta = JSON.parse(readFileSync(join(dist, 'pagefind/pagefind-entry.json'), 'utf8')) as {
          languages: Record<string, { page_count: number }>;
        };
        const zhIndexed = (readdirSync(join(dist, 'zh'), { recursive: true }) as string[])
          .filter((f) => f.endsWith('.html'))
          .filter((f) => readFileSync(join(dist, 'zh', f), 'utf8').includes('data-pagefind-body')).length;
        // (and every census entry as a record of its own, too)
        const census = (JSON.parse(readFileSync(join(dist, 'data/census.json'), 'utf8')) as unknown[]).length;
        expect(meta.languages.en.page_count).toBe(indexed - zhIndexed + results.length + census);
        expect(meta.languages['zh-hans'].page_count).toBe(zhIndexed + results.length + census);
        // The Chinese edition has the new page with no extra work: Chinese interface, English prose marked as such.
        const zh = readFileSync(join(dist, `zh/methods/${SLUG}/index.html`), 'utf8');
        expect(zh).toContain('<html lang="zh-Hans"');
        expect(zh).toContain('id="row-toy-ar-b-cfg-toy-ar"');
        expect(zh).toContain('data-untranslated');
        expect(zh).toMatch(/<div class="prose"[^>]* lang="en"/);
        expect(zh).toContain('4.2');
        // The English MAR page changed after its translation's last commit: the Chinese page says so, with the date
        // (as the edition writes dates) and a link.
        const zhMar = readFileSync(join(dist, 'zh/methods/mar/index.html'), 'utf8');
        expect(zhMar).toMatch(
          new RegExp(`data-translation-outdated[^>]*>[^<]*${CHANGED_ZH}[^<]*<a href="${SUB}methods/mar/"`),
        );
        // A translation whose source did not change carries no notice.
        const zhVar = readFileSync(join(dist, 'zh/methods/var/index.html'), 'utf8');
        expect(zhVar).not.toContain('data-translation-outdated');
        expect(zhVar).toContain('data-translation');
        // Every internal link and #fragment resolves under the sub-path.
        expect(brokenLinks(builtFiles(dist, SUB), SUB)).toEqual([]);
        checked = true;
      },
      { BASE_PATH: SUB },
    );
    expect(status, output.slice(-2000)).toBe(0);
    expect(checked).toBe(true);
  },
);
