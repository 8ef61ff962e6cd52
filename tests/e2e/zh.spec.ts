import { test, expect, type Page } from '@playwright/test';
import { readdirSync, readFileSync } from 'node:fs';
import { builtPagePaths, EDITION, searchEngine, searchInPlace, searchMisses, spread } from './support';
import { readMethods, readMethodTranslations } from '../content';
import type { Family } from '../../src/lib/vocab';

/**
 * The Chinese edition: every page has a twin in the other language, linked both ways (hreflang and
 * the language switch); its interface is Chinese; the translated core reads in Chinese and the rest
 * says its prose is English; its numbers are the English pages' numbers; search works in Chinese.
 */
const built = builtPagePaths();
const english = built.filter((p) => !p.startsWith(`${EDITION}/`));
const chinese = built.filter((p) => p.startsWith(`${EDITION}/`));
const twin = (p: string) => (p.startsWith(`${EDITION}/`) ? p.slice(EDITION.length + 1) : `${EDITION}/${p}`);
const cores = readMethods()
  .filter((m) => m.data.role === 'core')
  .map((m) => m.slug);
const surveyed = readMethods()
  .filter((m) => m.data.role === 'surveyed')
  .map((m) => m.slug)
  .sort();

test('every page exists in both editions, and the sitemap lists both with their alternates', async ({ request }) => {
  expect(chinese.length).toBe(english.length);
  for (const p of english) expect(chinese, p).toContain(twin(p));
  const xml = await (await request.get('sitemap-0.xml')).text();
  expect(xml.match(/hreflang="zh-Hans"/g)?.length).toBe(built.length);
  expect(xml.match(/hreflang="en"/g)?.length).toBe(built.length);
});

test('every page names its twin: hreflang alternates and a language switch to the same page', async ({
  request,
  baseURL,
}) => {
  const base = new URL(baseURL!);
  for (const p of built) {
    const html = await (await request.get(p)).text();
    const alt = (lang: string) =>
      new RegExp(
        `<link rel="alternate" hreflang="${lang}" href="[^"]*${base.pathname}${lang === 'zh-Hans' ? (p.startsWith(`${EDITION}/`) ? p : twin(p)) : p.startsWith(`${EDITION}/`) ? twin(p) : p}"`,
      );
    expect(html, `${p}: hreflang en`).toMatch(alt('en'));
    expect(html, `${p}: hreflang zh-Hans`).toMatch(alt('zh-Hans'));
    expect(html, `${p}: x-default`).toMatch(/<link rel="alternate" hreflang="x-default"/);
    const sw = /<a class="language" href="([^"]+)" hreflang="([^"]+)"/.exec(html);
    expect(sw?.[1], `${p}: language switch`).toBe(`${base.pathname}${twin(p)}`);
    expect(html, `${p}: lang`).toContain(p.startsWith(`${EDITION}/`) ? '<html lang="zh-Hans"' : '<html lang="en"');
  }
});

test('the language switch keeps the reader on the same page, both ways', async ({ page }) => {
  await page.goto(`${EDITION}/leaderboard/512/`);
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(/\/leaderboard\/512\/$/);
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.locator('[data-language-switch]').click();
  await expect(page).toHaveURL(new RegExp(`/${EDITION}/leaderboard/512/$`));
  await expect(page.locator('h1')).toContainText('排行榜');
});

test('the interface is Chinese: header, table headers, facts, chart titles, the filters status', async ({ page }) => {
  await page.goto(`${EDITION}/leaderboard/`);
  await expect(page.getByRole('navigation', { name: '主导航' })).toBeVisible();
  await expect(page.locator('.nav-inline a').first()).toHaveText('方法');
  await expect(page.locator('#board-table thead th').nth(1)).toContainText('模型');
  await expect(page.locator('#board-params-chart-title')).toHaveText('FID 与参数量');
  const filters = page.locator('#board-filters').locator('..');
  await filters.locator('summary').click();
  await page.locator('#board-filters input[name="family"]').first().check();
  await page.locator('#board-filters button[type="submit"]').click();
  await expect(page.locator('#board-status')).toHaveText(/^显示 \d+ 个模型中的 \d+ 个。$/);
  await page.goto(`${EDITION}/methods/${surveyed[0]}/`);
  await expect(page.locator('.facts dt').first()).toHaveText('表中名称');
  await expect(page.getByRole('heading', { name: '结果' })).toBeVisible();
});

test('the translated core reads in Chinese; every other page says its prose is English and marks it', async ({
  page,
}) => {
  for (const slug of cores) {
    await page.goto(`${EDITION}/methods/${slug}/`);
    await expect(page.locator('.prose')).not.toHaveAttribute('lang', /.+/);
    // textContent: a section off screen is not laid out (content-visibility), so innerText may be empty.
    expect(await page.locator('.prose h2').first().textContent(), slug).toMatch(/\p{Script=Han}/u);
    await expect(page.locator('[data-translation] a')).toHaveAttribute('href', new RegExp(`/methods/${slug}/$`));
  }
  for (const concept of ['tokenizers', 'metrics', 'glossary']) {
    await page.goto(`${EDITION}/concepts/${concept}/`);
    expect(await page.locator('h1').innerText()).toMatch(/\p{Script=Han}/u);
    await expect(page.locator('[data-untranslated]')).toHaveCount(0);
  }
  await page.goto(`${EDITION}/methods/${surveyed[0]}/`);
  await expect(page.locator('.prose')).toHaveAttribute('lang', 'en');
  await expect(page.locator('[data-untranslated]')).toContainText('尚未翻译');
});

test('the glossary gives each Chinese term with the English term beside it', async ({ page }) => {
  await page.goto(`${EDITION}/concepts/glossary/`);
  const terms = page.locator('.glossary dt');
  expect(await terms.count()).toBeGreaterThan(10);
  await expect(page.locator('.glossary dt .english[lang="en"]').first()).toBeVisible();
  // Each term links to its section in the Chinese concept page, by the English heading's id.
  const href = (await terms.first().locator('a').getAttribute('href'))!;
  expect(href).toMatch(new RegExp(`/${EDITION}/concepts/[^/]+/#[a-z0-9-]+$`));
  await page.goto(href);
  await expect(page.locator(`[id="${href.split('#')[1]}"]`)).toBeVisible();
});

/** The text of every results-table cell of a page, row by row. */
const cells = (page: Page, selector: string) =>
  page.locator(`${selector} tbody tr`).evaluateAll((trs) =>
    trs.map((tr) =>
      [...tr.querySelectorAll('td.num')]
        .map((td) => {
          // What is shown: the words for screen readers differ by language, the numbers must not.
          const shown = td.cloneNode(true) as HTMLElement;
          shown.querySelectorAll('.sr-only').forEach((e) => e.remove());
          return shown.textContent.trim();
        })
        .join('|'),
    ),
  );

test("the numbers are the English pages' numbers, cell for cell", async ({ page }) => {
  for (const slug of cores) {
    await page.goto(`methods/${slug}/`);
    const en = await cells(page, '.data-table');
    await page.goto(`${EDITION}/methods/${slug}/`);
    expect(await cells(page, '.data-table'), slug).toEqual(en);
  }
  await page.goto('leaderboard/');
  const board = await cells(page, '#board-table');
  await page.goto(`${EDITION}/leaderboard/`);
  expect(await cells(page, '#board-table')).toEqual(board);
});

test('Chinese text uses system fonts (no web font download) and a taller line', async ({ page }) => {
  const fonts: string[] = [];
  page.on('request', (r) => r.resourceType() === 'font' && fonts.push(r.url()));
  await page.goto(`${EDITION}/concepts/tokenizers/`, { waitUntil: 'networkidle' });
  const style = await page.evaluate(() => ({
    family: getComputedStyle(document.body).fontFamily,
    leading:
      parseFloat(getComputedStyle(document.body).lineHeight) / parseFloat(getComputedStyle(document.body).fontSize),
  }));
  expect(style.family).toContain('PingFang SC');
  expect(style.leading).toBeGreaterThan(1.7);
  expect(fonts.filter((f) => !/katex/i.test(f))).toEqual([]);
});

/** The text of an HTML fragment: tags dropped, the few entities the build writes decoded, spaces collapsed. */
const textOf = (html: string) =>
  html
    .replace(/<[^>]+>/g, '')
    .replace(/&(amp|lt|gt|quot|#39);/g, (_, e: string) => ({ amp: '&', lt: '<', gt: '>', quot: '"', '#39': "'" })[e]!)
    .replace(/\s+/g, ' ')
    .trim();

test('every page the build wrote under /zh/ has a Chinese <h1> and a Chinese description', () => {
  // Every HTML file on disk, not the sitemap's list only: a page left out of the sitemap is still read.
  const files = (readdirSync(`dist/${EDITION}`, { recursive: true }) as string[])
    .filter((f) => f.endsWith('.html'))
    .map((f) => `${EDITION}/${f.split('\\').join('/')}`)
    .sort();
  for (const p of chinese) expect(files, `${p} is in the sitemap but not on disk`).toContain(`${p}index.html`);
  const han = /\p{Script=Han}/u;
  const failures: string[] = [];
  for (const file of files) {
    const html = readFileSync(`dist/${file}`, 'utf8');
    const h1 = [...html.matchAll(/<h1\b[^>]*>([\s\S]*?)<\/h1>/g)].map((m) => textOf(m[1]));
    const description = /<meta name="description" content="([^"]*)"/.exec(html)?.[1];
    if (h1.length !== 1) failures.push(`${file}: ${h1.length} <h1> elements`);
    else if (!han.test(h1[0])) failures.push(`${file}: <h1> "${h1[0]}" has no Chinese`);
    if (description === undefined) failures.push(`${file}: no meta description`);
    else if (!han.test(textOf(description))) failures.push(`${file}: description "${description}" has no Chinese`);
  }
  expect(failures).toEqual([]);
  expect(files.length).toBeGreaterThanOrEqual(chinese.length);
});

/** Chinese queries a reader types, and the page they expect: first, or among the first three. */
const QUERIES: Array<[string, string, 'first' | 'top3' | 'top5']> = [
  ['下一尺度预测', 'methods/var/', 'first'],
  // The glossary writes 向量量化; the seed notes write MAR's title with 矢量量化: both find their page.
  // Many method pages name 向量量化 in their titles and search names; the concept page is among the first five.
  ['向量量化', 'concepts/tokenizers/', 'top5'],
  ['矢量量化', 'methods/mar/', 'top3'],
  ['自回归', 'methods/mar/', 'top3'],
  ['扩散损失', 'concepts/diffusion-loss/', 'top3'],
  ['状态空间模型', 'methods/aim/', 'first'],
  ['无分类器引导', 'concepts/guidance-and-steps/', 'top3'],
  ['码本', 'concepts/tokenizers/', 'top3'],
  ['VAR-d30', 'methods/var/', 'first'],
  ['LlamaGen-3B', 'methods/llamagen/', 'first'],
  ['AiM-XL', 'methods/aim/', 'first'],
  ['RAR-XXL', 'methods/rar/', 'first'],
  // The core idea of pages a Chinese reader looks for by what they do, beyond the ideas checked below.
  ['向量量化', 'methods/mar/', 'top3'],
  ['随机顺序', 'methods/rar/', 'top3'],
  ['并行解码', 'methods/maskgit/', 'first'],
  // GIVT introduced continuous tokens (before MAR); MAR, the page a reader of MAR write-ups means, is next.
  ['连续 token', 'methods/givt/', 'first'],
  ['连续 token', 'methods/mar/', 'top3'],
  ['表征自编码器', 'methods/rae/', 'top3'],
  ['光栅顺序', 'methods/llamagen/', 'top3'],
  ['Mamba', 'methods/aim/', 'first'],
];

test(`Chinese search: ${QUERIES.length} queries find the expected page, and results stay in the Chinese edition`, async ({
  page,
  baseURL,
}) => {
  test.setTimeout(90_000);
  await page.goto(`${EDITION}/search/`);
  for (const [q, expected, mode] of QUERIES) {
    const paths = await searchInPlace(page, q, baseURL!);
    await expect(page.locator('#search-page-status')).toHaveText(
      new RegExp(`^\\d+ 条结果，关键词：${q.replace(/-/g, '\\-')}$`),
    );
    for (const p of paths) expect(p, q).toContain(`/${EDITION}/`);
    expect(paths.slice(0, { first: 1, top3: 3, top5: 5 }[mode]), `${q}: ${mode}`).toContain(
      new URL(`${EDITION}/${expected}`, baseURL).pathname,
    );
  }
});

/** A Chinese reader's words for each paradigm; a paradigm added to the vocabulary needs its words here. */
const FAMILY_WORDS_ZH = {
  'next-token': '光栅顺序',
  'masked-random-order': '掩码自回归',
  'parallel-decoding': '并行解码',
  'next-scale': '下一尺度',
  diffusion: '扩散 Transformer',
  gan: '生成对抗网络',
} satisfies Record<Family, string>;

test('in Chinese, the words of an idea find the page that introduced it, and those of a paradigm a method of it, among the first three', async ({
  page,
  baseURL,
}) => {
  // Every idea and paradigm through the search's own index and ranking at once (the Chinese index: the
  // page's language picks it); a spread of them also by typing on the Chinese search page, so the two agree.
  await page.goto(`${EDITION}/`);
  const methods = readMethods();
  const translations = readMethodTranslations(EDITION);
  const missed: string[] = [];
  const at = (slug: string) => new URL(`${EDITION}/methods/${slug}/`, baseURL).pathname;
  // Every page that says it introduced an idea gives that idea in Chinese (the build refuses a second page for one).
  const ideas = methods
    .filter((m) => m.data.introduced.length > 0)
    .flatMap((m) => {
      const words = translations.find((t) => t.slug === m.slug)?.data.introduced ?? [];
      if (words.length === 0)
        missed.push(`${m.slug}: introduces ${m.data.introduced.join(', ')}, with no Chinese words`);
      return words.map((idea) => ({ q: idea, want: [at(m.slug)], of: m.slug }));
    });
  const paradigms = Object.entries(FAMILY_WORDS_ZH).map(([family, words]) => ({
    q: words,
    want: methods.filter((m) => m.data.family === family).map((m) => at(m.slug)),
    of: family,
  }));
  missed.push(...(await searchMisses(page, [...ideas, ...paradigms], baseURL!, `${EDITION}/search/`)));
  expect(missed).toEqual([]);
});

test('every translated method page is found among the first three by one of its Chinese names', async ({
  page,
  baseURL,
}) => {
  // Every name through the search's own index and ranking at once (the Chinese index: the page's
  // language picks it); a spread of them also by typing on the Chinese search page, so the two agree.
  await page.goto(`${EDITION}/`);
  const pages = readMethodTranslations(EDITION).map((t) => ({
    slug: t.slug,
    at: new URL(`${EDITION}/methods/${t.slug}/`, baseURL).pathname,
    names: t.data.aliases.filter((a) => /\p{Script=Han}/u.test(a)),
  }));
  const queries = pages.flatMap((p) => p.names);
  const found = new Map((await searchEngine(page, queries, baseURL!)).map((paths, i) => [queries[i], paths]));
  const missed = pages.flatMap((p) => {
    if (p.names.length === 0) return [`${p.slug}: no Chinese name among its aliases`];
    if (p.names.some((n) => found.get(n)!.slice(0, 3).includes(p.at))) return [];
    return [
      `${p.slug}: ${p.names.map((n) => `"${n}" → ${found.get(n)!.slice(0, 3).join(', ') || 'no result'}`).join('; ')}`,
    ];
  });
  expect(missed).toEqual([]);
  await page.goto(`${EDITION}/search/`);
  for (const i of spread(queries.length, 6)) {
    const typed = await searchInPlace(page, queries[i], baseURL!);
    expect(typed.slice(0, 3), `typing ${queries[i]}`).toEqual(found.get(queries[i])!.slice(0, 3));
  }
});

test('a translated note of a result row reads in Chinese on its method page; an untranslated one is marked English', async ({
  page,
}) => {
  const translated = readMethodTranslations(EDITION).filter((t) => Object.keys(t.data.notes ?? {}).length > 0);
  expect(translated.length).toBeGreaterThan(0);
  for (const t of translated) {
    await page.goto(`${EDITION}/methods/${t.slug}/`);
    for (const [id, note] of Object.entries(t.data.notes!)) {
      const p = page.locator(`[id="row-${id}"] td.note p`).first();
      expect(await p.textContent(), `${t.slug}: ${id}`).toBe(note);
      expect(await p.getAttribute('lang'), `${t.slug}: ${id}`).toBeNull();
    }
  }
  await page.goto(`${EDITION}/methods/${surveyed[0]}/`);
  const english = page.locator('td.note p[lang="en"]');
  expect(await english.count()).toBeGreaterThan(0);
});
