/** A translation entry for unit tests, as the loader gives it (src/data/load.ts). */
import type { Translation } from '../../src/lib/translations';

export const translation = (
  kind: Translation['kind'],
  slug: string,
  data: Partial<Translation['data']> = {},
  prose = true,
): Translation => ({
  prose,
  id: `zh/${kind}/${slug}`,
  locale: 'zh',
  kind,
  slug,
  file: `src/content/translations/zh/${kind}/${slug}.md`,
  data: {
    source: `src/content/${kind}/${slug}.mdx`,
    title: '标题',
    summary: '一句中文摘要，足够长。',
    aliases: [],
    terms: [],
    ...data,
  },
});
