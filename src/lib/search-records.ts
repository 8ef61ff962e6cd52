/**
 * Every result row as a search record of its own, so that a query for a model name ("LlamaGen-3B",
 * "MAR-B") or a model and a metric ("VAR-d30 FID") finds the row itself, titled with the model and
 * linking to the row's anchor on its method page. Built from the public exports after the build
 * (see src/integrations/pagefind.ts), so that the index and the downloads say the same thing.
 */
import type { MethodExport, ResultExport } from './export';
import type { CensusExport } from './census';
import { formatParams, samplingLabel } from './results';
import { benchmark, metric, metricsOf } from './benchmarks';
import { FACETS } from './facets';
import type { CfgSchedule, Role } from './vocab';
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
/** A row's sampling setting in words ("cfg 1.5, 256 steps"): no guidance means no scale. */
function rowSampling(r: ResultExport, locale: Locale): string {
  return samplingLabel(
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
}

/**
 * A row's record text: model and method, its metrics, size, benchmark and setting, and who printed it.
 * Another edition's words, with the English record's spaces and half-width punctuation between the
 * parts: the segmenter then keeps model names and numbers as words of their own.
 */
function rowText(r: ResultExport, m: MethodExport, printer: MethodExport, locale: Locale): string {
  const t = DICTIONARIES[locale].search;
  const metrics = metricsOf(r.benchmark).flatMap((k) => {
    const v = r.metrics[k];
    const entry = metric(k);
    return v === null || v === undefined ? [] : [`${(entry.name ?? entry.label)[locale]} ${v}`];
  });
  const where = r.resolution === null ? '' : ` ${t.row.resolution(r.gen_resolution, r.resolution)}`;
  const parts = [
    `${r.model}, ${m.short_name}.`,
    `${metrics.join(', ')}.`,
    r.params_m !== null ? t.row.params(formatParams(r.params_m)!) : '',
    `${benchmark(r.benchmark).dataset}${where}; ${rowSampling(r, locale)}.`,
    t.row.reported(
      printer.short_name === m.short_name ? null : printer.short_name,
      'repo' in r.source,
      sourceText(r.source),
      r.release === 'later',
    ),
  ];
  return parts.filter(Boolean).join(' ');
}

/** A row's search filters: its method's facets, its benchmark, its method's role, and "result row". */
function rowFilters(r: ResultExport, m: MethodExport, locale: Locale): SearchRecord['filters'] {
  const labels = vocabLabels(locale);
  const t = DICTIONARIES[locale].search;
  return {
    ...Object.fromEntries(
      FACETS.map((f) => [t.facets[f.key], [(labels[f.labels] as Record<string, string>)[f.ofMethod(m as never)]]]),
    ),
    [t.facets.benchmark]: [benchmark(r.benchmark).label[locale]],
    [t.facets.role]: [locale === 'en' ? m.role : labels.role[m.role as Role]],
    [t.facets.kind]: [t.rowKind],
  };
}

export function rowSearchRecords(
  results: readonly ResultExport[],
  methods: readonly MethodExport[],
  locale: Locale = 'en',
): SearchRecord[] {
  const t = DICTIONARIES[locale].search;
  const bySlug = new Map(methods.map((m) => [m.slug, m]));
  return results.map((r) => {
    const m = bySlug.get(r.method);
    const printer = bySlug.get(r.reported_in);
    if (!m || !printer) throw new Error(`results row "${r.id}" names a method that is not exported`);
    return {
      url: localePath(`/methods/${r.method}/#row-${r.id}`, locale),
      content: rowText(r, m, printer, locale),
      // Pagefind names an index by the page's lang attribute, lower-cased ("zh-hans").
      language: LOCALE_META[locale].lang.toLowerCase(),
      meta: { title: `${r.model} · ${m.short_name}`, kind: t.rowKindTitle },
      filters: rowFilters(r, m, locale),
    };
  });
}

/** Every census entry as a record of its own, marked as known but not on the boards, linking to its row on the census page. */
export function censusSearchRecords(entries: readonly CensusExport[], locale: Locale = 'en'): SearchRecord[] {
  const labels = vocabLabels(locale);
  const t = DICTIONARIES[locale];
  return entries.map((e) => ({
    url: localePath(`/census/#${e.id}`, locale),
    content: [
      `${e.name}: ${t.census.kind}.`,
      `${labels.censusReason[e.reason]}.`,
      e.arxiv ? `arXiv ${e.arxiv}.` : '',
      e.repository ? `${e.repository}.` : '',
      `${e.family}. ${e.detail}`,
    ]
      .filter(Boolean)
      .join(' '),
    language: LOCALE_META[locale].lang.toLowerCase(),
    meta: { title: `${e.name} · ${t.census.kindTitle}`, kind: t.census.kindTitle },
    filters: { [t.search.facets.kind]: [t.census.kind] },
  }));
}
