/**
 * Every result row as a search record of its own, so that a query for a model name ("LlamaGen-3B",
 * "MAR-B") or a model and a metric ("VAR-d30 FID") finds the row itself, titled with the model and
 * linking to the row's anchor on its method page. Built from the public exports after the build
 * (see src/integrations/pagefind.ts), so that the index and the downloads say the same thing.
 */
import type { MethodExport, ResultExport } from './export';
import { formatParams, samplingLabel } from './results';
import type { CfgSchedule, Contribution, Family, Role, TokenizerKind } from './vocab';
import { vocabLabels } from '../i18n/vocab-labels';
import { DICTIONARIES } from '../i18n/dictionaries';
import { LOCALE_META, localePath, type Locale } from '../i18n/locales';

export interface SearchRecord {
  /** Path from the site root, without the base: "/methods/llamagen/#row-<id>". */
  url: string;
  /** The text that is searched and shown as the excerpt. */
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** "arXiv 2406.06525 v1, Table 6" or "FoundationVision/VAR README.md @ ec13996". */
function sourceText(s: ResultExport['source']): string {
  return 'repo' in s ? `${s.repo} ${s.file} at ${s.commit.slice(0, 7)}` : `arXiv ${s.arxiv} ${s.version}, ${s.table}`;
}

/** The records of one edition's index (English by default): the same rows and numbers, that edition's words and links. */
export function rowSearchRecords(
  results: readonly ResultExport[],
  methods: readonly MethodExport[],
  locale: Locale = 'en',
): SearchRecord[] {
  const labels = vocabLabels(locale);
  const t = DICTIONARIES[locale].search;
  const bySlug = new Map(methods.map((m) => [m.slug, m]));
  return results.map((r) => {
    const m = bySlug.get(r.method);
    const printer = bySlug.get(r.reported_in);
    if (!m || !printer) throw new Error(`results row "${r.id}" names a method that is not exported`);
    const sampling = samplingLabel(
      {
        sampling: {
          guidance: r.guidance ?? undefined,
          cfg: r.guidance === false ? undefined : (r.cfg ?? undefined),
          cfg_schedule: (r.cfg_schedule as CfgSchedule | null) ?? undefined,
          steps: r.steps ?? undefined,
          top_k: r.top_k ?? undefined,
          top_p: r.top_p ?? undefined,
          temperature: r.temperature ?? undefined,
        },
      },
      DICTIONARIES[locale].sampling,
    );
    const res =
      r.gen_resolution && r.gen_resolution !== r.resolution
        ? `generated at ${r.gen_resolution}, evaluated at ${r.resolution}`
        : `${r.resolution}×${r.resolution}`;
    // Another edition's words, with the English record's spaces and half-width punctuation between the
    // parts: the segmenter then keeps model names and numbers as words of their own.
    const parts =
      locale !== 'en'
        ? [
            `${r.model}, ${m.short_name}.`,
            `FID ${r.fid}${r.is !== null ? `, IS ${r.is}` : ''}${r.precision !== null ? `, 精确率 ${r.precision}` : ''}${r.recall !== null ? `, 召回率 ${r.recall}` : ''}.`,
            r.params_m !== null ? `参数量 ${formatParams(r.params_m)}.` : '',
            `ImageNet ${r.gen_resolution && r.gen_resolution !== r.resolution ? `${r.gen_resolution} 生成, ${r.resolution} 评测` : `${r.resolution}×${r.resolution}`}; ${sampling}.`,
            `报告于 ${printer.short_name === m.short_name ? '该方法自己的' : `${printer.short_name} 的`}${'repo' in r.source ? '仓库' : '论文'}: ${sourceText(r.source)}${r.release === 'later' ? ' (作者后续发布)' : ''}.`,
          ]
        : [
            `${r.model}, ${m.short_name}.`,
            `FID ${r.fid}${r.is !== null ? `, IS ${r.is}` : ''}${r.precision !== null ? `, precision ${r.precision}` : ''}${r.recall !== null ? `, recall ${r.recall}` : ''}.`,
            r.params_m !== null ? `${formatParams(r.params_m)} parameters.` : '',
            `ImageNet ${res}; ${sampling}.`,
            `Reported in ${printer.short_name === m.short_name ? 'its own' : `${printer.short_name}'s`} ${'repo' in r.source ? 'repository' : 'paper'}: ${sourceText(r.source)}${r.release === 'later' ? ' (a later release by the authors)' : ''}.`,
          ];
    return {
      url: localePath(`/methods/${r.method}/#row-${r.id}`, locale),
      content: parts.filter(Boolean).join(' '),
      // Pagefind names an index by the page's lang attribute, lower-cased ("zh-hans").
      language: LOCALE_META[locale].lang.toLowerCase(),
      meta: { title: `${r.model} · ${m.short_name}`, kind: t.rowKindTitle },
      filters: {
        [t.facets.family]: [labels.family[m.family as Family]],
        [t.facets.contribution]: [labels.contribution[m.contribution as Contribution]],
        [t.facets.tokenizer]: [labels.tokenizer[r.tokenizer_kind as TokenizerKind]],
        [t.facets.role]: [locale === 'en' ? m.role : labels.role[m.role as Role]],
        [t.facets.kind]: [t.rowKind],
      },
    };
  });
}
