/**
 * The view model of the methods index: the autoregressive methods (core and surveyed) and the
 * baselines, each grouped by family in vocabulary order, each group by first appearance.
 */
import type { Method } from './types';
import { byFirstAppearance, tokenizerSummary } from './methods';
import { FAMILIES, type Family } from './vocab';
import { vocabLabels, type VocabLabels } from '../i18n/vocab-labels';
import { DICTIONARIES } from '../i18n/dictionaries';
import type { Locale } from '../i18n/locales';
import { translationOf, type Translation } from './translations';

interface IndexEntry {
  method: Method;
  /** "Tokenizer", "Decoding", ...; undefined for a generator (the usual case). */
  contribution?: string | undefined;
  /** The summary in the page's language (its translation's), or the English one. */
  summary: string;
  /** "en" when the summary is English on another edition's page. */
  lang?: 'en' | undefined;
  /** The tokenizer in one line, in the page's language ("离散，LlamaGen 的 VQGAN 式分词器，16 倍下采样"). */
  tokenizer: string;
}
interface IndexGroup {
  family: Family;
  id: string;
  label: string;
  description: string;
  /** The leaderboard narrowed to this family, one row per model (a view its script reads from the URL). */
  board: string;
  /** The compare table narrowed to this family: every row, every source. */
  compare: string;
  entries: IndexEntry[];
}
export interface IndexSection {
  id: string;
  heading: string;
  count: number;
  groups: IndexGroup[];
}

function groups(
  methods: readonly Method[],
  prefix: string,
  labels: VocabLabels,
  summaryOf: (m: Method) => Pick<IndexEntry, 'summary' | 'lang' | 'tokenizer'>,
): IndexGroup[] {
  return FAMILIES.map((family) => ({
    family,
    id: `${prefix}-${family}`,
    label: labels.family[family],
    description: labels.familyDescription[family],
    board: `/leaderboard/?family=${family}`,
    compare: `/compare/?family=${family}`,
    entries: byFirstAppearance(methods.filter((m) => m.data.family === family)).map((method) => ({
      method,
      contribution:
        method.data.contribution === 'generator' ? undefined : labels.contribution[method.data.contribution],
      ...summaryOf(method),
    })),
  })).filter((g) => g.entries.length > 0);
}

/** `translations`: the edition's (none for English); a translated summary replaces the English one. */
export function methodsIndex(
  methods: readonly Method[],
  locale: Locale = 'en',
  translations: readonly Translation[] = [],
): IndexSection[] {
  const labels = vocabLabels(locale);
  const dict = DICTIONARIES[locale];
  const t = dict.methods;
  const summaryOf = (m: Method) => {
    const tr = translationOf(translations, 'methods', m.slug);
    const tokenizer = tokenizerSummary(m.data.tokenizer, dict, tr?.data.tokenizer_name ?? m.data.tokenizer.name);
    return tr
      ? { summary: tr.data.summary, tokenizer }
      : { summary: m.data.summary, lang: locale === 'en' ? undefined : ('en' as const), tokenizer };
  };
  const ar = methods.filter((m) => m.data.role !== 'baseline');
  const baselines = methods.filter((m) => m.data.role === 'baseline');
  return [
    { id: 'autoregressive', heading: t.autoregressive, count: ar.length, groups: groups(ar, 'ar', labels, summaryOf) },
    {
      id: 'baselines',
      heading: t.baselines,
      count: baselines.length,
      groups: groups(baselines, 'baseline', labels, summaryOf),
    },
  ].filter((s) => s.count > 0);
}
