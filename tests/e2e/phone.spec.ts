import { test, expect, type Page } from '@playwright/test';
import { axeViolations, builtPagePaths, firstMethodPage, keepFirstRows } from './support';
import { en } from '../../src/i18n/en';
import { zh } from '../../src/i18n/zh';
import { BOARDS } from '../../src/lib/board';
import { BENCHMARK_IDS, primaryMetric } from '../../src/lib/benchmarks';

// A phone: 390×844 CSS px, touch, a coarse pointer. Every page type, in both themes: the page never
// scrolls sideways, the header is one short row, chart text is readable, every target can be tapped.
test.use({ viewport: { width: 390, height: 844 }, hasTouch: true, isMobile: true });

const built = builtPagePaths();
/** The boards whose layout differs: ImageNet's default, the 512 one, and the text-to-image columns (GenEval, DPG-Bench). */
const boardLayouts = ['leaderboard/', 'leaderboard/512/', 'leaderboard/geneval/', 'leaderboard/dpg-bench/'];
/** A table of every row per task: ImageNet's and GenEval's. */
const compareTables = ['compare/', 'compare/geneval/'];
/** The ranked metric's column of a board or a benchmark's table ("fid", "geneval"). */
const rankedColumn = (path: string) => {
  const board = BOARDS.find((b) => b.path === `/${path}`);
  const bench = board?.benchmark ?? (BENCHMARK_IDS.find((b) => path === `compare/${b}/`) || 'imagenet-cc');
  return primaryMetric(bench);
};
/** One page of every type the site has (each board layout, since each is its own layout question). */
const pageTypes = [
  '',
  'methods/',
  firstMethodPage('core'),
  firstMethodPage('surveyed'),
  firstMethodPage('baseline'),
  ...compareTables,
  ...boardLayouts,
  'timeline/',
  'concepts/',
  built.find((p) => /^concepts\/[^/]+\/$/.test(p))!,
  'search/',
  'contribute/',
  // The Chinese edition: its longer interface words in the header, a translated core page, a board.
  'zh/',
  `zh/${firstMethodPage('core')}`,
  'zh/leaderboard/',
];

/** The header's height and how far the page is wider than the screen. */
const layout = (page: Page) =>
  page.evaluate(() => ({
    header: document.querySelector('.site-header')!.getBoundingClientRect().height,
    sideways: document.documentElement.scrollWidth - document.documentElement.clientWidth,
  }));

/** Visible SVG text smaller than `min` CSS px as rendered (font size times the SVG's scale). */
const smallChartText = (page: Page, min: number) =>
  page.evaluate((min) => {
    const out: string[] = [];
    for (const t of document.querySelectorAll('svg text')) {
      if (!(t as SVGTextElement).checkVisibility()) continue;
      const m = (t as SVGTextElement).getScreenCTM();
      const px = parseFloat(getComputedStyle(t).fontSize) * (m ? Math.hypot(m.a, m.b) : 1);
      if (px < min) out.push(`"${t.textContent}" at ${px.toFixed(1)}px`);
    }
    return out;
  }, min);

/**
 * Targets that fail WCAG 2.2 2.5.8 (target size, minimum): smaller than 24×24 CSS px without the
 * spacing that the criterion accepts instead (a 24 px circle centred on the target meets no other
 * target nor another small target's circle). A link inside a line of text is exempt (inline); a
 * form control's target includes its label, which activates it too.
 */
const smallTargets = (page: Page) =>
  page.evaluate(() => {
    const visible = (el: Element) =>
      (el as HTMLElement).checkVisibility({ visibilityProperty: true, opacityProperty: true });
    const els = [
      ...document.querySelectorAll('a[href], button, summary, input:not([type="hidden"]), select, textarea'),
    ].filter(visible);
    const inSentence = (el: Element) => {
      if (getComputedStyle(el).display !== 'inline') return false;
      const block = el.parentElement!;
      return (block.textContent ?? '').trim().length > (el.textContent ?? '').trim().length;
    };
    const rectOf = (el: Element) => {
      const r = el.getBoundingClientRect();
      let { left, top, right, bottom } = r;
      for (const label of (el as HTMLInputElement).labels ?? []) {
        const l = label.getBoundingClientRect();
        left = Math.min(left, l.left);
        top = Math.min(top, l.top);
        right = Math.max(right, l.right);
        bottom = Math.max(bottom, l.bottom);
      }
      return {
        left,
        top,
        right,
        bottom,
        w: right - left,
        h: bottom - top,
        cx: (left + right) / 2,
        cy: (top + bottom) / 2,
      };
    };
    const targets = els.filter((el) => !inSentence(el)).map((el) => ({ el, r: rectOf(el) }));
    const small = targets.filter((t) => t.r.w < 24 || t.r.h < 24);
    const isSmall = new Set(small);
    const distToRect = (x: number, y: number, r: { left: number; top: number; right: number; bottom: number }) =>
      Math.hypot(Math.max(r.left - x, 0, x - r.right), Math.max(r.top - y, 0, y - r.bottom));
    const related = (a: Element, b: Element) => a === b || a.contains(b) || b.contains(a);
    const failing: string[] = [];
    for (const s of small) {
      const clash = targets.find(
        (o) =>
          !related(o.el, s.el) &&
          (distToRect(s.r.cx, s.r.cy, o.r) < 12 ||
            (isSmall.has(o) && Math.hypot(o.r.cx - s.r.cx, o.r.cy - s.r.cy) < 24)),
      );
      if (clash)
        failing.push(
          `${s.el.outerHTML.slice(0, 90)} (${Math.round(s.r.w)}×${Math.round(s.r.h)}) next to ${clash.el.outerHTML.slice(0, 60)}`,
        );
    }
    return failing;
  });

for (const path of pageTypes) {
  test(`phone: /${path} fits the screen, has a one-row header, readable charts and tappable targets`, async ({
    page,
  }) => {
    await page.goto(path);
    const { header, sideways } = await layout(page);
    expect(sideways, 'the page scrolls sideways').toBeLessThanOrEqual(0);
    expect(header, 'header height').toBeLessThanOrEqual(64);
    // The header's words are the page's edition's.
    const t = path.startsWith('zh/') ? zh : en;
    await expect(page.locator('.site-header').getByRole('link', { name: t.site.shortName })).toBeVisible();
    await expect(page.locator('.site-header').getByRole('link', { name: t.search.open, exact: true })).toBeVisible();
    await expect(page.locator('.site-header summary', { hasText: t.nav.menu })).toBeVisible();
    await expect(page.locator('.site-header [data-language-switch]')).toBeVisible();
    expect(await smallChartText(page, 11)).toEqual([]);
    expect(await smallTargets(page)).toEqual([]);
    // The themes change colours only, and every page is scanned in both at desktop width
    // (pages.spec.ts): here each page type is scanned in one theme, alternating, so both themes are
    // covered at this size. At desktop a table's first 50 rows stand for the rest; here its first 20
    // for the phone layout.
    const theme = pageTypes.indexOf(path) % 2 === 0 ? 'light' : 'dark';
    await page.emulateMedia({ colorScheme: theme });
    await keepFirstRows(page, 20);
    expect(await axeViolations(page), `${theme} theme`).toEqual([]);
  });
}

test('phone: no keyboard-shortcut hint on a touch screen', async ({ page }) => {
  await page.goto('');
  await expect(page.locator('.search-open kbd')).toBeHidden();
});

// The first board of each benchmark (its metric column differs) and the 512 board.
const firstBoards = [...new Set(BOARDS.map((b) => b.benchmark))].map((bm) =>
  BOARDS.find((b) => b.benchmark === bm)!.path.slice(1),
);
for (const path of [...new Set([...firstBoards, 'leaderboard/512/']), ...compareTables]) {
  test(`phone: the first row of /${path} shows its model, ranked metric and parameters without sideways scrolling`, async ({
    page,
  }) => {
    await page.goto(path);
    const row = page.locator(':is(#board-table, #compare-table) tbody tr:not([hidden])').first();
    // Inside the viewport and inside the table's own scroll box (what is not clipped by it).
    const scroller = page.locator('.table-box').filter({ has: row });
    const frame = (await scroller.boundingBox())!;
    const right = Math.min(390, frame.x + frame.width);
    for (const col of ['model', rankedColumn(path), 'params']) {
      const box = (await row.locator(`[data-col="${col}"]`).boundingBox())!;
      expect(box.x, col).toBeGreaterThanOrEqual(Math.max(0, frame.x));
      expect(box.x + box.width, col).toBeLessThanOrEqual(right);
    }
    // The model stays in view while the other columns scroll under it.
    await scroller.evaluate((el) => (el.scrollLeft = el.scrollWidth));
    const after = (await row.locator('[data-col="model"]').boundingBox())!;
    expect(after.x).toBeGreaterThanOrEqual(Math.max(0, frame.x));
    expect(after.x + after.width).toBeLessThanOrEqual(right);
  });
}

test('phone: the menu opens, lists the sections, and closes by its button, Escape or a tap outside', async ({
  page,
}) => {
  await page.goto('methods/');
  const menu = page.locator('.site-header details');
  const summary = menu.locator('summary');
  const nav = page.getByRole('navigation', { name: 'Main' });
  const link = nav.getByRole('link', { name: 'Compare' });
  await expect(link).toBeHidden();
  await summary.tap();
  await expect(link).toBeVisible();
  await expect(nav.getByRole('link', { name: 'Methods' })).toHaveAttribute('aria-current', 'page');
  await summary.tap();
  await expect(link).toBeHidden();
  await summary.focus();
  await page.keyboard.press('Enter');
  await expect(link).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(link).toBeHidden();
  await expect(summary).toBeFocused();
  await summary.tap();
  await page.touchscreen.tap(200, 800); // below the open menu
  await expect(link).toBeHidden();
  await summary.tap();
  await nav.getByRole('link', { name: 'Leaderboard' }).tap();
  await expect(page).toHaveURL(/leaderboard\/$/);
});
