/**
 * The comparison table: one row per result with every column a reader compares, the filters
 * and sort order that the table's script applies, and their round trip through the URL query.
 * The same functions run at build time (default view, CSV) and in the browser (the script).
 */
import type { Method, ResultRow } from './types';
import { provenanceRank, sourceLabel, sourceUrl } from './results';
import { isoDay, paperDate } from './dates';
import type { Backbone, CfgSchedule, Contribution, Family, PostTraining, Prompt, TokenizerKind } from './vocab';
import { METRIC_KEYS, metricsOf, primaryMetric, type BenchmarkId, type MetricKey } from './benchmarks';
import { FACETS, type FacetKey, type PresentValues } from './facets';

/** Every metric's value on a row: null where the row's benchmark has no such metric or its source prints none. */
export type MetricValues = { [K in MetricKey]: number | null };

/** One table row with raw values (for sorting, filtering, export) and no formatting; its metrics are `MetricValues`. */
export type CompareRow = CompareRowFields & MetricValues;

interface CompareRowFields {
  id: string;
  /** The benchmark the row reports (src/lib/benchmarks.ts). */
  benchmark: BenchmarkId;
  /** The value of the benchmark's ranked metric: what boards rank, charts plot and records follow. */
  score: number;
  model: string;
  method: string;
  methodName: string;
  family: Family;
  /** What the method's paper changes: generator, tokenizer, decoding or training. */
  contribution: Contribution;
  /** Whether the method is one of the survey's seed (core) methods. */
  seed: boolean;
  backbone: Backbone;
  tokenizerKind: TokenizerKind;
  tokenizerName: string | null;
  params: number | null;
  /** Parameters active per token (mixture of experts), where they differ from `params`: charts place a model by them. */
  activeParams: number | null;
  /** How a text-to-image row's prompts were handled; null for a class-to-image row. */
  prompts: Prompt | null;
  /** The mark printed beside a text-to-image number for its prompt handling, verbatim. */
  promptMarker: string | null;
  /** Who rewrote a text-to-image row's prompts, where they were rewritten and the source names it. */
  rewriter: string | null;
  /** A text-to-image model's training after pre-training, where stated. */
  postTraining: PostTraining | null;
  /** For preference or reinforcement learning: whether the reward used the benchmark's own evaluator. */
  rewardUsesBenchmark: 'yes' | 'no' | 'unknown' | null;
  steps: number | null;
  cfg: number | null;
  guidance: boolean | null;
  /** How the guidance scale changes over sampling, where stated. */
  cfgSchedule: CfgSchedule | null;
  /** Evaluated resolution, where the benchmark has one. */
  resolution: number | null;
  genResolution: number | null;
  /** Generated images the FID was computed on, where stated. */
  samples: number | null;
  /** The evaluation code or reference statistics, where stated. */
  evaluator: string | null;
  /** arXiv v1 date of the method's paper: YYYY-MM-DD, or YYYY-MM when only the month is known. */
  date: string;
  /**
   * When the number was first printed: the row's `first_printed` where it is known to be later than the
   * paper's first version (a number new in v3), a repository copy's paper date, otherwise the v1 date.
   * Records over time use it, so a number that first appeared later is not dated back to the first version.
   */
  printed: string;
  reportedIn: string;
  reportedInName: string;
  /** 0: the method's own paper, 1: its own repository, 2: another paper's table. */
  provenance: number;
  sourceLabel: string;
  sourceUrl: string;
  disagreesWith: string[];
  /** "paper" for a number the paper prints, "later" for a later release by the authors. */
  release: 'paper' | 'later';
  note: string | null;
}

/** Joins rows with their methods. Rows are kept in the given order. */
export function toCompareRows(rows: readonly ResultRow[], methods: readonly Method[]): CompareRow[] {
  const bySlug = new Map(methods.map((m) => [m.slug, m]));
  return repositoryCopiesDated(
    rows.map((r) => {
      const m = bySlug.get(r.method);
      if (!m) throw new Error(`results row "${r.id}" belongs to unknown method "${r.method}"`);
      // A row built on another generator (a post-training or decoding paper applied to several) takes its paradigm.
      const base = (r.base && bySlug.get(r.base)) || m;
      return {
        id: r.id,
        model: r.model,
        method: r.method,
        methodName: m.data.short_name,
        family: base.data.family,
        contribution: m.data.contribution,
        seed: m.data.role === 'core',
        backbone: m.data.backbone,
        tokenizerKind: m.data.tokenizer.kind,
        tokenizerName: m.data.tokenizer.name ?? null,
        params: r.params_m ?? null,
        activeParams: r.active_params_m ?? null,
        prompts: r.prompts ?? null,
        promptMarker: r.prompt_marker ?? null,
        rewriter: r.rewriter ?? null,
        postTraining: r.post_training ?? null,
        rewardUsesBenchmark: r.reward_uses_benchmark ?? null,
        benchmark: r.benchmark,
        score: r.metrics[primaryMetric(r.benchmark)]!,
        ...(Object.fromEntries(METRIC_KEYS.map((k) => [k, r.metrics[k] ?? null])) as MetricValues),
        steps: r.sampling.steps ?? null,
        cfg: r.sampling.guidance === false ? 1 : (r.sampling.cfg ?? null),
        guidance: r.sampling.guidance ?? null,
        cfgSchedule: r.sampling.cfg_schedule ?? null,
        resolution: r.resolution ?? null,
        genResolution: r.gen_resolution ?? null,
        samples: r.evaluation.samples ?? null,
        evaluator: r.evaluation.evaluator ?? null,
        date: paperDate(m.data.paper).iso,
        printed: r.first_printed ? isoDay(r.first_printed) : paperDate(m.data.paper).iso,
        reportedIn: r.reported_in,
        reportedInName: bySlug.get(r.reported_in)?.data.short_name ?? r.reported_in,
        provenance: provenanceRank(r, r.method),
        sourceLabel: sourceLabel(r.source),
        sourceUrl: sourceUrl(r.source),
        disagreesWith: [...r.disagrees_with],
        release: r.release ?? 'paper',
        note: r.note ?? null,
      };
    }),
  );
}

/**
 * A repository's copy of a number its paper prints was printed when the paper printed it: it takes
 * the date of the method's own paper row with the same number and setting (the earliest, if several).
 */
function repositoryCopiesDated(rows: CompareRow[]): CompareRow[] {
  const key = (r: CompareRow) =>
    `${r.benchmark}|${r.method}|${r.score}|${r.resolution}|${r.genResolution}|${usesGuidance(r)}`;
  const paper = new Map<string, string>();
  for (const r of rows)
    if (r.provenance === 0 && (!paper.has(key(r)) || r.printed < paper.get(key(r))!)) paper.set(key(r), r.printed);
  return rows.map((r) => (r.provenance === 1 && paper.has(key(r)) ? { ...r, printed: paper.get(key(r))! } : r));
}

/* ----------------------------------------------------------------- sorting */

/** Columns the table can be sorted by, with the kind of comparison each needs: every metric of the registry sorts as a number. */
export const SORT_KEYS = {
  model: 'text',
  methodName: 'text',
  family: 'text',
  backbone: 'text',
  tokenizerKind: 'text',
  contribution: 'text',
  params: 'number',
  ...(Object.fromEntries(METRIC_KEYS.map((k) => [k, 'number'])) as Record<MetricKey, 'number'>),
  steps: 'number',
  cfg: 'number',
  resolution: 'number',
  date: 'text',
  reportedInName: 'text',
} as const satisfies Partial<Record<keyof CompareRow, 'number' | 'text'>>;
export type SortKey = keyof typeof SORT_KEYS;

/** Fields the filters and `ownRows` read besides the sort keys. */
const VIEW_EXTRA = ['id', 'method', 'provenance', 'guidance', 'genResolution'] as const;

/** What the table's script needs of a row to filter and sort it: the page ships these, not whole rows. */
export type ViewRow = Pick<CompareRow, SortKey | (typeof VIEW_EXTRA)[number]>;

/**
 * What a results table's filters and script need of its rows: the filter values present (so that no
 * filter leads to an empty table by construction) and the rows as `ViewRow` JSON, with "<" escaped
 * for an inline <script type="application/json">.
 */
export function tableData(
  rows: readonly CompareRow[],
  metric: MetricKey = 'fid',
): {
  present: PresentValues;
  json: string;
} {
  const distinct = (k: keyof CompareRow) => [...new Set(rows.map((r) => String(r[k])))];
  return {
    present: Object.fromEntries(FACETS.map((f) => [f.key, distinct(f.row)])) as PresentValues,
    json: JSON.stringify({ metric, rows: rows.map(toViewRow) }).replace(/</g, '\\u003c'),
  };
}

/** A row cut down to `ViewRow` (the rendered table already holds the rest): of the metrics, its benchmark's only. */
export function toViewRow(r: CompareRow): ViewRow {
  const own = new Set<string>(metricsOf(r.benchmark));
  const keys = [...(Object.keys(SORT_KEYS) as SortKey[]), ...VIEW_EXTRA].filter(
    (k) => !(METRIC_KEYS as readonly string[]).includes(k) || own.has(k),
  );
  return Object.fromEntries(keys.map((k) => [k, r[k]])) as ViewRow;
}
export type SortDir = 'asc' | 'desc';

/**
 * Compares two cell values: numbers numerically, text by locale; missing values (null) always
 * last, whichever the direction.
 */
export function compareValues(a: number | string | null, b: number | string | null, dir: SortDir): number {
  if (a === null || b === null) return a === b ? 0 : a === null ? 1 : -1;
  const c = typeof a === 'number' && typeof b === 'number' ? a - b : String(a).localeCompare(String(b));
  return dir === 'asc' ? c : -c;
}

/** Rows sorted by one column; ties keep their previous order. */
export function sortRows<T extends ViewRow>(rows: readonly T[], key: SortKey, dir: SortDir): T[] {
  return rows
    .map((r, i) => ({ r, i }))
    .sort((a, b) => compareValues(a.r[key], b.r[key], dir) || a.i - b.i)
    .map(({ r }) => r);
}

/* ---------------------------------------------------------------- filtering */

/** Which rows the table shows: for each facet (src/lib/facets.ts) the values kept, an empty list meaning "all". */
export interface ViewState extends Record<FacetKey, string[]> {
  /** Guidance on, off, or both. */
  guidance: 'all' | 'on' | 'off';
  /** Numbers as reported by the method's own paper or repository (one row per model and setting), or every table. */
  reported: 'own' | 'all';
  /** Size range in millions of parameters (inclusive); null is open. A row without a size is outside any range. */
  minParams: number | null;
  maxParams: number | null;
  sort: SortKey | null;
  dir: SortDir;
}

export const DEFAULT_VIEW: ViewState = {
  ...(Object.fromEntries(FACETS.map((f) => [f.key, []])) as unknown as Record<FacetKey, string[]>),
  guidance: 'all',
  reported: 'own',
  minParams: null,
  maxParams: null,
  sort: null,
  dir: 'asc',
};

/** The size bounds a reader can pick, in millions of parameters. */
export const SIZE_STEPS = [100, 200, 300, 500, 700, 1000, 1500, 2000, 3000] as const;

const inRange = (params: number | null, v: Pick<ViewState, 'minParams' | 'maxParams'>) =>
  (v.minParams === null && v.maxParams === null) ||
  (params !== null &&
    (v.minParams === null || params >= v.minParams) &&
    (v.maxParams === null || params <= v.maxParams));

/** A row used guidance when it says so, or when a scale above 1 is given. */
export const usesGuidance = (r: Pick<ViewRow, 'guidance' | 'cfg'>): boolean | null =>
  r.guidance ?? (r.cfg === null ? null : r.cfg > 1);

/**
 * The method's own numbers, one row per model and setting: rows from its own paper, plus rows
 * from its own repository that do not repeat a paper row (the same value of the ranked `metric`,
 * resolution and guidance).
 */
export function ownRows<T extends ViewRow>(rows: readonly T[], metric: MetricKey = 'fid'): T[] {
  const own = rows.filter((r) => r.provenance < 2);
  const key = (r: T) => `${r.method}|${r[metric]}|${r.resolution}|${r.genResolution}|${usesGuidance(r)}`;
  const paperKeys = new Set(own.filter((r) => r.provenance === 0).map(key));
  return own.filter((r) => r.provenance === 0 || !paperKeys.has(key(r)));
}

/** The rows a view shows, in its sort order (or the given order when unsorted). */
export function applyView<T extends ViewRow>(rows: readonly T[], v: ViewState, metric: MetricKey = 'fid'): T[] {
  const base = v.reported === 'own' ? ownRows(rows, metric) : [...rows];
  const shown = base.filter(
    (r) =>
      FACETS.every((f) => v[f.key].length === 0 || v[f.key].includes(String(r[f.row as keyof T]))) &&
      (v.guidance === 'all' || usesGuidance(r) === (v.guidance === 'on')) &&
      inRange(r.params, v),
  );
  return v.sort ? sortRows(shown, v.sort, v.dir) : shown;
}

/* --------------------------------------------------------------- URL state */

const pick = <T extends string>(values: readonly T[], raw: string | null): T[] =>
  (raw ?? '').split(',').filter((x): x is T => (values as readonly string[]).includes(x));

/** A size bound from the URL: one of SIZE_STEPS, else open. */
const size = (raw: string | null): number | null => {
  const n = Number(raw);
  return raw !== null && (SIZE_STEPS as readonly number[]).includes(n) ? n : null;
};

/** The view in a URL query (only what differs from the default), e.g. "?family=next-scale&sort=fid". */
export function viewToQuery(v: ViewState): string {
  const q = new URLSearchParams();
  for (const f of FACETS) if (v[f.key].length) q.set(f.key, v[f.key].join(','));
  if (v.guidance !== 'all') q.set('guidance', v.guidance);
  if (v.reported !== 'own') q.set('reported', v.reported);
  if (v.minParams !== null) q.set('min', String(v.minParams));
  if (v.maxParams !== null) q.set('max', String(v.maxParams));
  if (v.sort) {
    q.set('sort', v.sort);
    if (v.dir !== 'asc') q.set('dir', v.dir);
  }
  const s = q.toString();
  return s ? `?${s}` : '';
}

/** Reads a view from a URL query; unknown or malformed values fall back to the default. */
export function queryToView(search: string): ViewState {
  const q = new URLSearchParams(search);
  const sort = q.get('sort');
  const guidance = q.get('guidance');
  return {
    ...(Object.fromEntries(FACETS.map((f) => [f.key, pick(f.values, q.get(f.key))])) as Record<FacetKey, string[]>),
    guidance: guidance === 'on' || guidance === 'off' ? guidance : 'all',
    reported: q.get('reported') === 'all' ? 'all' : 'own',
    minParams: size(q.get('min')),
    maxParams: size(q.get('max')),
    sort: sort && sort in SORT_KEYS ? (sort as SortKey) : null,
    dir: q.get('dir') === 'desc' ? 'desc' : 'asc',
  };
}
