import { test, expect, type Locator, type Page } from '@playwright/test';
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { axeViolations, EDITION } from './support';
import { readResults } from '../content';

// A researcher's desk: a board or a filtered table into a paper (LaTeX compiled by a real engine,
// Markdown parsed), chosen rows side by side, a number cited, and print.

/** Compiles a table with its bibliography (pdflatex, bibtex, pdflatex twice); returns the log. */
function compile(table: string, bib: string): string {
  const dir = mkdtempSync(join(tmpdir(), 'paper-'));
  try {
    writeFileSync(join(dir, 'references.bib'), bib);
    writeFileSync(
      join(dir, 'paper.tex'),
      [
        '\\documentclass{article}',
        '\\usepackage[T1]{fontenc}',
        '\\usepackage[margin=1cm,landscape]{geometry}',
        '\\usepackage{booktabs}',
        '\\begin{document}',
        table,
        '\\bibliographystyle{plain}',
        '\\bibliography{references}',
        '\\end{document}',
        '',
      ].join('\n'),
    );
    const run = (cmd: string, args: string[]) =>
      execFileSync(cmd, args, { cwd: dir, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
    run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'paper.tex']);
    run('bibtex', ['paper']);
    run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'paper.tex']);
    run('pdflatex', ['-interaction=nonstopmode', '-halt-on-error', 'paper.tex']);
    expect(existsSync(join(dir, 'paper.pdf'))).toBe(true);
    return readFileSync(join(dir, 'paper.log'), 'utf8');
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The \cite keys a table uses. */
const citeKeys = (tex: string) => [...tex.matchAll(/\\cite\{([^}]+)\}/g)].map((m) => m[1]);

/** The body rows of an exported LaTeX table. */
const texRows = (tex: string) => tex.split('\\midrule')[1].split('\\bottomrule')[0].trim().split('\n').filter(Boolean);

/** A Markdown pipe table: its header cells and body rows' cells (caption line, blank line, table). */
function parseMarkdown(md: string) {
  const lines = md.trim().split('\n');
  const table = lines.slice(lines.indexOf('') + 1);
  const cells = (l: string) => {
    expect(l.startsWith('| ') && l.endsWith(' |'), l).toBe(true);
    return l.slice(2, -2).split(/ (?<!\\)\| /);
  };
  const header = cells(table[0]);
  expect(cells(table[1]).every((c) => /^-{3}:?$/.test(c))).toBe(true);
  const body = table.slice(2).map(cells);
  for (const row of body) expect(row).toHaveLength(header.length);
  return { header, body };
}

/** A board row's model name, without the method named beside it. */
const modelOf = (tr: Locator) =>
  tr.locator('th[scope="row"]').evaluate((th) => {
    const c = th.cloneNode(true) as HTMLElement;
    c.querySelectorAll('.method').forEach((e) => e.remove());
    return c.textContent.trim();
  });

async function download(page: Page, name: string | RegExp): Promise<string> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name }).click()]);
  return readFileSync(await file.path(), 'utf8');
}

test("the default board's LaTeX file compiles with references.bib: every row cited, no undefined citation", async ({
  page,
  request,
}) => {
  const tex = await (await request.get('data/board-all.tex')).text();
  const bib = await (await request.get('data/references.bib')).text();
  const board = (await (await request.get('data/board-all.json')).json()) as { rows: unknown[] };
  expect(texRows(tex)).toHaveLength(board.rows.length);
  await page.goto('leaderboard/');
  // The board's top row and number are the file's first row.
  const first = page.locator('#board-table tbody tr').first();
  const score = (await first.locator('td.num:not(.rank)').first().textContent())!.trim();
  expect(texRows(tex)[0]).toMatch(
    new RegExp(`^1 & ${(await modelOf(first)).replace(/[()+.]/g, '\\$&')} & .* & ${score} & `),
  );
  for (const key of new Set(citeKeys(tex))) expect(bib, key).toContain(`{${key},`);
  const log = compile(tex, bib);
  expect(log).not.toMatch(/Citation `[^']+' .*undefined/);
  expect(log).not.toMatch(/^! /m);
  // The top ten, as a reader would paste them.
  const top = tex.replace(texRows(tex).slice(10).join('\n') + '\n', '');
  expect(texRows(top)).toHaveLength(10);
  compile(top, bib);
});

test('the filtered view of the every-row table exports the rows shown, in LaTeX that compiles and Markdown that parses', async ({
  page,
  request,
}) => {
  await page.goto('compare/?family=next-scale');
  const shown = page.locator('#compare-table tbody tr:visible');
  const n = await shown.count();
  expect(n).toBeGreaterThan(1);
  const models = (await shown.locator('th[scope="row"]').allInnerTexts()).map((s) => s.trim());
  const tex = await download(page, 'LaTeX of the rows shown');
  expect(texRows(tex)).toHaveLength(n);
  expect(tex).toMatch(/\\caption\{.*as filtered.*\}/);
  await expect(page.locator('#compare-table-paper-status')).toHaveText(`Saved a table of ${n} rows.`);
  const bib = await (await request.get('data/references.bib')).text();
  compile(tex, bib);
  const md = parseMarkdown(await download(page, 'Markdown of the rows shown'));
  expect(md.body.map((r) => r[md.header.indexOf('Model')].replace(/\\\|/g, '|'))).toEqual(models);
  for (const r of md.body) expect(r[md.header.indexOf('Source')]).toMatch(/^\[@[^\]]+\], /);
});

test('a board links its Markdown file (no JavaScript needed), one line per ranked row, the first row first', async ({
  page,
  request,
}) => {
  await page.goto('leaderboard/geneval/');
  const href = (await page.getByRole('link', { name: 'Markdown', exact: true }).getAttribute('href'))!;
  const md = parseMarkdown(await (await request.get(href.replace(/^\//, ''))).text());
  const board = (await (await request.get('data/board-geneval.json')).json()) as { rows: unknown[] };
  expect(md.body).toHaveLength(board.rows.length);
  expect(md.body[0][md.header.indexOf('Model')]).toBe(await modelOf(page.locator('#board-table tbody tr').first()));
});

test('rows chosen on a board open side by side, by keyboard; the URL holds them; differing fields are marked', async ({
  page,
}) => {
  const scripts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'script' && scripts.push(r.url()));
  await page.goto('leaderboard/');
  expect(scripts.filter((u) => /pick-rows|side-by-side/.test(u))).toEqual([]);
  const choose = page.getByRole('button', { name: 'Choose rows to compare' });
  await choose.focus();
  await page.keyboard.press('Enter');
  await expect(choose).toHaveAttribute('aria-pressed', 'true');
  const boxes = page.locator('#board-table input[data-pick]');
  await expect(boxes.first()).toBeFocused();
  const ids: string[] = [];
  for (const i of [0, 1, 2]) {
    await boxes.nth(i).focus();
    await page.keyboard.press('Space');
    ids.push((await boxes.nth(i).getAttribute('value'))!);
  }
  const link = page.locator('#board-table-side');
  await expect(link).toHaveText('Side by side (3 chosen)');
  await link.focus();
  await page.keyboard.press('Enter');
  await expect(page).toHaveURL(new RegExp(`side-by-side/\\?rows=${ids.join(',')}$`));
  const table = page.locator('.side-table');
  await expect(table.locator('thead th')).toHaveCount(4);
  // Each marked field has values that differ, and each unmarked one the same value in every column.
  for (const tr of await table.locator('tbody tr').all()) {
    const values = await tr.locator('td').allInnerTexts();
    const marked = (await tr.getAttribute('class')) === 'differs-row';
    expect(new Set(values).size > 1, await tr.locator('th').innerText()).toBe(marked);
  }
  await expect(table.locator('tbody tr.differs-row').first()).toBeVisible();
  // Removing a row updates the URL; adding one from the list too.
  await page
    .getByRole('button', { name: /^Remove / })
    .first()
    .click();
  await expect(page).toHaveURL(new RegExp(`rows=${ids.slice(1).join(',')}$`));
  const option = await page.locator('#side-rows option').first().getAttribute('value');
  await page.getByLabel('Add a row').fill(option!);
  await page.keyboard.press('Enter');
  await expect(table.locator('thead th')).toHaveCount(4);
  expect(await axeViolations(page)).toEqual([]);
  await page.emulateMedia({ colorScheme: 'dark' });
  await page.evaluate(() => (document.documentElement.dataset.theme = 'dark'));
  expect(await axeViolations(page)).toEqual([]);
});

test.describe('on a phone', () => {
  test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });
  test('side by side: at most six rows, a shared URL opens the same view, the page does not scroll sideways', async ({
    page,
  }) => {
    const ids = readResults()
      .filter((r) => r.benchmark === 'imagenet-cc')
      .slice(0, 7)
      .map((r) => r.id);
    await page.goto(`compare/side-by-side/?rows=${ids.join(',')}`);
    await expect(page.locator('.side-table thead th')).toHaveCount(7);
    await expect(page).toHaveURL(new RegExp(`rows=${ids.slice(0, 6).join(',')}$`));
    expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBe(
      0,
    );
    const option = await page.locator('#side-rows option').last().getAttribute('value');
    await page.getByLabel('Add a row').fill(option!);
    await page.getByRole('button', { name: 'Add', exact: true }).click();
    await expect(page.locator('[data-side-status]')).toHaveText('Six rows at most: remove one to add another.');
  });
});

test('the side-by-side view reads in Chinese', async ({ page }) => {
  const [a, b] = readResults().map((r) => r.id);
  await page.goto(`${EDITION}/compare/side-by-side/?rows=${a},${b}`);
  await expect(page.locator('h1')).toHaveText('并排比较');
  await expect(page.locator('.side-table tbody th').first()).toHaveText(/\p{Script=Han}/u);
  await expect(page.locator('[data-side-status]')).toHaveText(/^2 行；\d+ 个字段不同。$/);
});

test("a method page's row gives its permalink, BibTeX key and a sentence to cite, in both editions, and links side by side", async ({
  page,
  request,
}) => {
  const bib = await (await request.get('data/references.bib')).text();
  for (const [prefix, words] of [
    ['', { cite: 'Cite', table: /Table|Abstract|at /, copy: 'Copy the sentence', copied: 'Copied' }],
    [`${EDITION}/`, { cite: '引用', table: /表|摘要|的/, copy: '复制引用句', copied: '已复制' }],
  ] as const) {
    await page.goto(`${prefix}methods/var/`);
    const row = page.locator('.data-table tbody tr').first();
    const id = (await row.getAttribute('id'))!;
    const fid = (await row.locator('td.num').nth(2).innerText()).trim().split(/\s/)[0];
    await row.locator('.row-tools summary').click();
    const sentence = (await row.locator('.cite-sentence').innerText()).trim();
    expect(sentence.startsWith(`FID ${fid}`), sentence).toBe(true);
    expect(sentence).toMatch(words.table);
    const key = (await row.locator('.row-tools code').innerText()).trim();
    expect(bib).toContain(`{${key},`);
    await expect(row.getByRole('link', { name: prefix ? '本行链接' : 'Link to this row' })).toHaveAttribute(
      'href',
      `#${id}`,
    );
    await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
    await row.getByRole('button', { name: words.copy }).click();
    await expect(row.locator('[data-copy-status]')).toHaveText(words.copied);
    expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(sentence);
    const side = row.locator('a[href*="side-by-side"]');
    await side.click();
    await expect(page.locator('.side-table thead th')).toHaveCount(2);
    await expect(page).toHaveURL(new RegExp(`rows=${id.replace(/^row-/, '')}$`));
  }
});

test('a board prints its table whole, without the site header and controls', async ({ page }) => {
  await page.goto('leaderboard/');
  await page.emulateMedia({ media: 'print' });
  await expect(page.locator('.site-header')).toBeHidden();
  await expect(page.locator('.site-footer')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Choose rows to compare' })).toBeHidden();
  const box = page.locator('#board-table').locator('xpath=ancestor::*[contains(@class,"table-box")][1]');
  expect(await box.evaluate((e) => getComputedStyle(e).overflow)).toBe('visible');
});
