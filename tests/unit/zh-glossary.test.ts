/**
 * The Chinese edition's glossary (src/i18n/zh-glossary.ts): its records are whole; the interface strings
 * (src/i18n/zh.ts) and the vocabulary's Chinese labels (src/lib/vocab.ts) use none of the renderings it
 * rejects; and the translation guard (src/lib/translation-check.ts) refuses a rejected rendering with the
 * file and line, but not in `aliases`, which may keep old words for search.
 */
import { describe, expect, test } from 'vitest';
import { ZH_GLOSSARY } from '../../src/i18n/zh-glossary';
import { zh } from '../../src/i18n/zh';
import * as vocab from '../../src/lib/vocab';
import { rejectedIn } from '../../src/lib/glossary-check';
import { checkTranslations, type SourceFile } from '../../src/lib/translation-check';
import { translationSchema } from '../../src/schemas/translation';
import type { RawFile } from '../../src/lib/content-check';

/** Every text of a dictionary as [dotted key, text]; a template is read as its source, where its words are. */
function texts(o: object, prefix = ''): Array<[string, string]> {
  return Object.entries(o as Record<string, unknown>).flatMap(([k, v]): Array<[string, string]> => {
    if (typeof v === 'string') return [[`${prefix}${k}`, v]];
    if (typeof v === 'function') return [[`${prefix}${k}`, String(v)]];
    if (v && typeof v === 'object') return texts(v, `${prefix}${k}.`);
    return [];
  });
}

/** Every Chinese label and description of the vocabularies, as [vocabulary.value, text]. */
function vocabTexts(): Array<[string, string]> {
  return Object.entries(vocab).flatMap(([name, v]) =>
    v && typeof v === 'object' && !Array.isArray(v)
      ? Object.entries(v).flatMap(([value, entry]) => {
          const e = entry as Partial<vocab.VocabEntry> | undefined;
          return [e?.label?.zh, e?.description?.zh]
            .filter((s): s is string => typeof s === 'string')
            .map((s): [string, string] => [`${name}.${value}`, s]);
        })
      : [],
  );
}

const uses = (entries: Array<[string, string]>) =>
  entries.flatMap(([key, text]) =>
    rejectedIn(text, ZH_GLOSSARY).map((h) => `${key}: "${h.variant}" → "${h.preferred}"`),
  );

describe('the glossary', () => {
  test('every record has its English, its Chinese and a note; no term is listed twice', () => {
    for (const t of ZH_GLOSSARY) expect([t.en, t.zh.length > 0, t.note.length > 0]).toEqual([t.en, true, true]);
    const en = ZH_GLOSSARY.map((t) => t.en);
    expect(en.filter((e, i) => en.indexOf(e) !== i)).toEqual([]);
  });
  test('no rejected rendering is the preferred one, and a pattern carries no g or y flag', () => {
    for (const t of ZH_GLOSSARY) {
      expect([t.en, rejectedIn(t.zh, [t])]).toEqual([t.en, []]);
      for (const v of t.rejected)
        if (v instanceof RegExp) expect([t.en, v.flags]).toEqual([t.en, v.flags.replace(/[gy]/g, '')]);
    }
  });
  test('finds the longest variant once, and leaves the contexts a variant is right in', () => {
    expect(rejectedIn('下一词元预测与矢量量化', ZH_GLOSSARY).map((h) => h.variant)).toEqual([
      '下一词元预测',
      '矢量量化',
    ]);
    expect(rejectedIn('提交 ce98ec4；fe470ac 版本', ZH_GLOSSARY).map((h) => h.variant)).toEqual([
      '提交 ce98ec4',
      'fe470ac 版',
    ]);
    expect(
      rejectedIn('Llama 家族；类别条件；整幅图像；幅度；打印出 FID；编码字段；隐状态；v2 版；2024 年版', ZH_GLOSSARY),
    ).toEqual([]);
  });
});

describe('the interface uses the glossary', () => {
  test('no string of src/i18n/zh.ts uses a rejected rendering', () => {
    expect(uses(texts(zh))).toEqual([]);
  });
  test('no Chinese label or description of src/lib/vocab.ts uses a rejected rendering', () => {
    const all = vocabTexts();
    expect(all.length).toBeGreaterThan(50);
    expect(uses(all)).toEqual([]);
  });
});

describe('the translation guard refuses a rejected rendering', () => {
  const english: SourceFile = {
    path: 'src/content/methods/fake.mdx',
    text: '---\ntitle: Fake\n---\nA paragraph.\n',
    data: { title: 'Fake' },
    body: '\n\n\nA paragraph.\n',
  };
  const frontmatter = [
    '',
    'source: "src/content/methods/fake.mdx"',
    'title: "假方法"',
    'summary: "一句足够长的中文摘要。"',
    'aliases: ["矢量量化自回归", "连续词元"]',
    '',
  ].join('\n');
  const file = (body: string): RawFile => ({
    path: 'src/content/translations/zh/methods/fake.md',
    slug: 'fake',
    data: {
      source: 'src/content/methods/fake.mdx',
      title: '假方法',
      summary: '一句足够长的中文摘要。',
      aliases: ['矢量量化自回归', '连续词元'],
    },
    frontmatter,
    // The frontmatter's six lines and the closing `---` are empty lines of the body.
    body: `${'\n'.repeat(7)}${body}`,
  });
  const check = (body: string) =>
    checkTranslations([file(body)], new Map([[english.path, english]]), translationSchema);

  test('in the body, naming the file and the line', () => {
    expect(check('第一段。\n\n这一段使用矢量量化。\n')).toEqual([
      'src/content/translations/zh/methods/fake.md:10: uses "矢量量化"; the glossary (src/i18n/zh-glossary.ts) writes "向量量化（VQ）"',
    ]);
  });
  test('in the title and summary', () => {
    const f = file('正文。\n');
    f.frontmatter = frontmatter.replace('假方法', '基于词元的假方法').replace('中文摘要', '潜空间扩散模型摘要');
    expect(checkTranslations([f], new Map([[english.path, english]]), translationSchema)).toEqual([
      'src/content/translations/zh/methods/fake.md:3: uses "词元"; the glossary (src/i18n/zh-glossary.ts) writes "token"',
      'src/content/translations/zh/methods/fake.md:4: uses "潜空间扩散模型"; the glossary (src/i18n/zh-glossary.ts) writes "潜在扩散模型（LDM）"',
    ]);
  });
  test('but not in aliases, which may keep old words for search', () => {
    expect(check('这一段使用向量量化与连续 token。\n')).toEqual([]);
  });
});
