/**
 * Side by side: two to six chosen rows, every field aligned, the fields whose values differ marked,
 * so a reader sees at once whether two numbers are comparable. Pure: the page's module
 * (src/client/on-demand/side-by-side.ts) reads the rows from the JSON exports and renders this.
 */
import type { Dictionary } from '../i18n/en';
import type { MethodExport, ResultExport } from './export';
import { METRIC_KEYS, benchmark, metric } from './benchmarks';
import { FAMILY, POST_TRAINING, PROMPT, RELEASE, TOKENIZER_KIND } from './vocab';
import { formatParams } from './results';

/** The most rows shown at once, and the fewest that make a comparison. */
export const MAX_ROWS = 6;
export const MIN_ROWS = 2;

/** The rows named by the URL (`?rows=a,b`): known ids only, each once, at most MAX_ROWS. */
export function rowsFromQuery(search: string, known: ReadonlySet<string>): string[] {
  const ids = (new URLSearchParams(search).get('rows') ?? '').split(',').filter((id) => known.has(id));
  return [...new Set(ids)].slice(0, MAX_ROWS);
}

/** The query for a selection ("?rows=a,b"), or "" for none. */
export const queryOfRows = (ids: readonly string[]) => (ids.length ? `?rows=${ids.join(',')}` : '');

interface SideField {
  label: string;
  /** One value per chosen row, as text; "" where the row does not state it. */
  values: string[];
  /** Whether the stated values differ (a field no row states, or all state alike, does not). */
  differs: boolean;
}

export interface SideView {
  columns: Array<{ id: string; model: string; method: string; slug: string }>;
  fields: SideField[];
}

type Locale = 'en' | 'zh';
const text = (v: string | number | boolean | null | undefined) => (v === null || v === undefined ? '' : String(v));
/** Millions as the tables write them ("675M", "1.1B"); "" where not stated. */
const size = (m: number | null) => (m === null ? '' : (formatParams(m) ?? ''));

/** Every field of the chosen rows, in the reader's language, with the differing ones marked. */
export function sideBySide(
  rows: readonly ResultExport[],
  methods: readonly MethodExport[],
  w: Dictionary['side'],
  locale: Locale,
): SideView {
  const bySlug = new Map(methods.map((m) => [m.slug, m]));
  const m = (r: ResultExport) => bySlug.get(r.method);
  const label = <K extends string>(vocab: Record<K, { label: Record<Locale, string> }>, k: K | null | undefined) =>
    k ? vocab[k].label[locale] : '';
  const f = w.fields;
  const metricKeys = METRIC_KEYS.filter((k) => rows.some((r) => typeof r.metrics[k] === 'number'));
  const spec: Array<[string, (r: ResultExport) => string]> = [
    [f.benchmark, (r) => benchmark(r.benchmark).label[locale]],
    ...metricKeys.map((k): [string, (r: ResultExport) => string] => [
      metric(k).label[locale],
      (r) => text(r.metrics[k]),
    ]),
    [f.method, (r) => m(r)?.short_name ?? r.method],
    [f.family, (r) => label(FAMILY, m(r)?.family as keyof typeof FAMILY | undefined)],
    [f.tokenizer, (r) => label(TOKENIZER_KIND, r.tokenizer_kind)],
    [f.params, (r) => size(r.params_m)],
    [f.activeParams, (r) => size(r.active_params_m)],
    [f.resolution, (r) => text(r.resolution)],
    [f.genResolution, (r) => text(r.gen_resolution)],
    [f.guidance, (r) => (r.guidance === null ? '' : r.guidance ? w.yes : w.no)],
    [f.cfg, (r) => text(r.cfg)],
    [f.schedule, (r) => text(r.cfg_schedule)],
    [f.steps, (r) => text(r.steps)],
    [f.temperature, (r) => text(r.temperature)],
    [f.topK, (r) => text(r.top_k)],
    [f.topP, (r) => text(r.top_p)],
    [f.prompts, (r) => label(PROMPT, r.prompts)],
    [f.rewriter, (r) => text(r.rewriter)],
    [f.postTraining, (r) => label(POST_TRAINING, r.post_training)],
    [f.rewardUsesBenchmark, (r) => text(r.reward_uses_benchmark)],
    [f.samples, (r) => text(r.samples)],
    [f.samplesPerPrompt, (r) => text(r.samples_per_prompt)],
    [f.evaluator, (r) => text(r.evaluator)],
    [f.evaluatedBy, (r) => text(r.evaluated_by)],
    [f.release, (r) => label(RELEASE, r.release)],
    [f.firstPrinted, (r) => text(r.first_printed)],
    [f.reportedIn, (r) => bySlug.get(r.reported_in)?.short_name ?? r.reported_in],
    [
      f.source,
      (r) =>
        'repo' in r.source
          ? `${r.source.repo}@${r.source.commit.slice(0, 7)} ${r.source.file}${r.source.table ? `, ${r.source.table}` : ''}`
          : `arXiv ${r.source.arxiv}${r.source.version}, ${r.source.table}`,
    ],
  ];
  const fields = spec
    .map(([fieldLabel, value]) => {
      const values = rows.map(value);
      const stated = values.filter(Boolean);
      return { label: fieldLabel, values, differs: stated.length > 0 && new Set(values).size > 1 };
    })
    .filter((field) => field.values.some(Boolean));
  return {
    columns: rows.map((r) => ({ id: r.id, model: r.model, method: m(r)?.short_name ?? r.method, slug: r.method })),
    fields,
  };
}
