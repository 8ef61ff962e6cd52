/**
 * How a translation meets its English page: the outdated notice's decision, which title, summary and
 * names a page shows in each edition, the translated glossary (English term beside), the home page's
 * translated family paragraphs, explicit heading ids, and links that stay in their edition.
 */
import { describe, expect, test } from 'vitest';
import { parseTranslationId, translationStatus, type Translation } from '../../src/lib/translations';
import { localized, conceptTitleIn, withoutTitle } from '../../src/lib/localized';
import { glossary, type Concept } from '../../src/lib/concepts';
import { homeView } from '../../src/lib/home';
import { takeHeadingId } from '../../src/markdown/rehype-heading-ids';
import rehypeBaseLinks, { localeOfFile } from '../../src/markdown/rehype-base-links';
import { readMethods, readResults } from '../content';

const change = (hash: string, date: string) => ({ hash, date, subject: 'x' });
const translation = (kind: Translation['kind'], slug: string, data: Partial<Translation['data']> = {}): Translation => ({
  id: `zh/${kind}/${slug}`,
  locale: 'zh',
  kind,
  slug,
  file: `src/content/translations/zh/${kind}/${slug}.md`,
  data: { source: `src/content/${kind}/${slug}.mdx`, title: '标题', summary: '一句中文摘要，足够长。', aliases: [], terms: [], ...data },
});

describe('the outdated notice', () => {
  test('shows when the English file has commits after the translation\'s last one, with the newest date', () => {
    expect(translationStatus([change('b', '2026-03-01'), change('a', '2026-01-01')], [change('d', '2026-05-02'), change('c', '2026-04-01')])).toEqual({
      updated: '2026-03-01',
      outdated: { date: '2026-05-02', changes: 2 },
    });
  });
  test('does not show when the English file has not changed since, or without history', () => {
    expect(translationStatus([change('b', '2026-03-01')], [])).toEqual({ updated: '2026-03-01' });
    expect(translationStatus([], [change('d', '2026-05-02')])).toEqual({ updated: undefined });
  });
  test('a translation id names its language, kind and page', () => {
    expect(parseTranslationId('zh/methods/mar')).toEqual({ locale: 'zh', kind: 'methods', slug: 'mar' });
    expect(parseTranslationId('zh/blog/mar')).toBeUndefined();
    expect(parseTranslationId('zh/methods')).toBeUndefined();
  });
});

describe('a page in each edition', () => {
  const mar = { slug: 'mar', data: { title: 'MAR: English', summary: 'English summary.', aliases: ['diffusion loss'] } };
  test('English shows the English page', () => {
    expect(localized(mar, [translation('methods', 'mar')], 'en')).toEqual({ title: 'MAR: English', summary: 'English summary.', aliases: ['diffusion loss'], foreign: false });
  });
  test('a translated page shows its translation, with the Chinese names first and the English ones kept for search', () => {
    const tr = translation('methods', 'mar', { title: 'MAR：中文', aliases: ['扩散损失'] });
    const page = localized(mar, [tr], 'zh');
    expect([page.title, page.aliases, page.translation?.id, page.proseLang, page.foreign]).toEqual(['MAR：中文', ['扩散损失', 'diffusion loss'], 'zh/methods/mar', undefined, true]);
  });
  test('an untranslated page keeps its English title and marks its prose English', () => {
    const page = localized(mar, [translation('methods', 'var')], 'zh');
    expect([page.title, page.translation, page.proseLang, page.foreign]).toEqual(['MAR: English', undefined, 'en', true]);
    expect(conceptTitleIn([translation('concepts', 'metrics', { title: '评测指标' })], 'metrics', 'Metrics')).toBe('评测指标');
    expect(conceptTitleIn([], 'metrics', 'Metrics')).toBe('Metrics');
  });
  test('a guide shown below its translated title loses its own title only', () => {
    expect(withoutTitle('<h1 id="contributing">Contributing</h1>\n<p>Text</p><h1>Second</h1>')).toBe('<p>Text</p><h1>Second</h1>');
  });
});

describe('the translated glossary', () => {
  const concept = (slug: string, terms: Array<{ term: string; anchor: string; definition: string }>): Concept =>
    ({ slug, data: { title: slug, summary: 's', order: 1, shows: [], related_methods: [], terms } }) as unknown as Concept;
  const cs = [concept('metrics', [{ term: 'FID', anchor: 'fid', definition: 'English definition.' }]), concept('tokenizers', [{ term: 'Codebook', anchor: 'codebook', definition: 'English.' }])];
  test('gives the translated term and definition with the English term beside, and keeps an untranslated term in English', () => {
    const entries = glossary(cs, [translation('concepts', 'metrics', { title: '评测指标', terms: [{ anchor: 'fid', term: 'FID（弗雷歇距离）', definition: '中文定义。' }] })]);
    expect(entries.find((e) => e.anchor === 'fid')).toMatchObject({ term: 'FID（弗雷歇距离）', english: 'FID', definition: '中文定义。', conceptTitle: '评测指标' });
    const untranslated = entries.find((e) => e.anchor === 'codebook')!;
    expect([untranslated.term, untranslated.english]).toEqual(['Codebook', undefined]);
  });
});

describe('the home page in another edition', () => {
  test("a core method's translated spine replaces its English heading and text; an untranslated one is marked English", () => {
    const methods = readMethods();
    const view = homeView(methods, readResults(), [translation('methods', 'var', { spine: { heading: 'VAR', text: '下一尺度预测。由粗到细，每步一整张词元图。' } })]);
    const v = view.families.find((f) => f.slug === 'var')!;
    expect([v.text, v.lang]).toEqual(['下一尺度预测。由粗到细，每步一整张词元图。', undefined]);
    expect(view.families.find((f) => f.slug === 'mar')!.lang).toBe('en');
    expect(homeView(methods, readResults()).families.every((f) => f.lang === undefined)).toBe(true);
  });
});

describe('Markdown of a translation', () => {
  test('a heading ending in {#id} gets that id, and the marker is removed', () => {
    const h = { type: 'element', tagName: 'h2', children: [{ type: 'text', value: '逐词元的扩散损失 {#diffusion-loss-per-token}' }] };
    expect(takeHeadingId(h)).toBe('diffusion-loss-per-token');
    expect(h.children[0].value).toBe('逐词元的扩散损失');
    expect(takeHeadingId({ type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'No id' }] })).toBeUndefined();
  });
  test("internal links stay in the translation's edition; data files and English pages' links do not move", () => {
    const tree = () => ({
      type: 'root',
      children: ['/methods/llamagen/', '/concepts/metrics/#fid', '/data/results.csv', 'https://arxiv.org/abs/2406.11838'].map((href) => ({ type: 'element', tagName: 'a', properties: { href }, children: [] })),
    });
    const hrefs = (t: ReturnType<typeof tree>) => t.children.map((a) => a.properties.href);
    const zh = tree();
    rehypeBaseLinks({ base: '/survey/' })(zh, { path: '/repo/src/content/translations/zh/methods/mar.md' });
    expect(hrefs(zh)).toEqual(['/survey/zh/methods/llamagen/', '/survey/zh/concepts/metrics/#fid', '/survey/data/results.csv', 'https://arxiv.org/abs/2406.11838']);
    const english = tree();
    rehypeBaseLinks({ base: '/' })(english, { path: '/repo/src/content/methods/mar.mdx' });
    expect(hrefs(english)).toEqual(['/methods/llamagen/', '/concepts/metrics/#fid', '/data/results.csv', 'https://arxiv.org/abs/2406.11838']);
    expect(localeOfFile(undefined)).toBe('en');
  });
});
