/**
 * The one registry of metrics and benchmarks, one record per value (as src/lib/vocab.ts is for the
 * vocabularies). A metric says which way is better, how its axis is scaled, what range the build
 * accepts, how many decimals a table shows and its words in every edition; a benchmark says its task,
 * its metrics (the first is the one boards rank by) and its words. The row schema, ranking, charts,
 * tables, exports and search all read this file: a new benchmark is one entry here.
 *
 * Browser-safe (no zod, no Astro): the table script imports it through src/lib/compare.ts.
 */
import type { Bilingual } from './vocab';

/** One metric a results row may carry. */
export interface MetricEntry {
  /** Which way is better: boards rank, fronts and records follow it. */
  better: 'lower' | 'higher';
  /** How a chart's axis is scaled: a log axis keeps 1.2 and 12 apart, a linear one suits scores in [0, 1]. */
  scale: 'log' | 'linear';
  /** The values the build accepts: above `min` (or from it, when `minInclusive`) up to `max`. */
  min: number;
  minInclusive?: boolean;
  max: number;
  /** The fewest decimals a table shows (more when a printed value has them). */
  decimals: number;
  /** The column header and the axis name. */
  label: Bilingual;
  /** Its name in running text (a search record's sentence), where it differs from the label. */
  name?: Bilingual;
  /** What the metric is and which way is better, for a header's tooltip; none where the label says enough. */
  title?: Bilingual;
  /** What the schema's field reference says of it. */
  describe: string;
}

/** Every metric a results row may carry, in the order tables show them. */
export const METRIC = {
  fid: {
    better: 'lower',
    scale: 'log',
    min: 0,
    max: 1000,
    decimals: 2,
    label: { en: 'FID', zh: 'FID' },
    title: { en: 'Fréchet Inception Distance, lower is better', zh: 'FID（Fréchet Inception 距离），越低越好' },
    describe: 'Fréchet Inception Distance (lower is better).',
  },
  is: {
    better: 'higher',
    scale: 'linear',
    min: 0,
    max: 1000,
    decimals: 1,
    label: { en: 'IS', zh: 'IS' },
    title: { en: 'Inception Score, higher is better', zh: 'Inception Score（IS），越高越好' },
    describe: 'Inception Score (higher is better).',
  },
  precision: {
    better: 'higher',
    scale: 'linear',
    min: 0,
    minInclusive: true,
    max: 1,
    decimals: 2,
    label: { en: 'Prec.', zh: '精确率' },
    name: { en: 'precision', zh: '精确率' },
    describe: 'Improved precision, as a fraction 0-1.',
  },
  recall: {
    better: 'higher',
    scale: 'linear',
    min: 0,
    minInclusive: true,
    max: 1,
    decimals: 2,
    label: { en: 'Rec.', zh: '召回率' },
    name: { en: 'recall', zh: '召回率' },
    describe: 'Improved recall, as a fraction 0-1.',
  },
} satisfies Record<string, MetricEntry>;
export type MetricKey = keyof typeof METRIC;

/** What a benchmark asks a model to do. */
export const TASKS = ['class-to-image', 'text-to-image'] as const;
export type Task = (typeof TASKS)[number];

/** One benchmark a results row may name. */
export interface BenchmarkEntry {
  task: Task;
  /** Its metrics, in table order; the first is what boards rank by and what a row must print. */
  metrics: readonly [MetricKey, ...MetricKey[]];
  /** The metrics a leaderboard shows (the ranked one first); the compare table and method pages show all. */
  board: readonly [MetricKey, ...MetricKey[]];
  /** Its name, e.g. "class-conditional ImageNet". */
  label: Bilingual;
  /** The data set a search record names with the resolution, e.g. "ImageNet". */
  dataset: string;
  /** What its board (one, derived from this entry, where board.ts defines none) holds, in a sentence. */
  holds?: Bilingual;
}

/** Every benchmark a results row may name. */
export const BENCHMARK = {
  'imagenet-cc': {
    task: 'class-to-image',
    metrics: ['fid', 'is', 'precision', 'recall'],
    board: ['fid', 'is'],
    label: { en: 'class-conditional ImageNet', zh: '类别条件 ImageNet' },
    dataset: 'ImageNet',
  },
} satisfies Record<string, BenchmarkEntry>;
export type BenchmarkId = keyof typeof BENCHMARK;

/** The helpers every module uses, built over a pair of registries (the site's, or a test's with one entry more). */
export function registryOf<M extends string, B extends string>(
  metrics: Record<M, MetricEntry>,
  benchmarks: Record<B, BenchmarkEntry>,
) {
  const metric = (m: M): MetricEntry => metrics[m];
  const benchmark = (b: B): BenchmarkEntry => benchmarks[b];
  const compareScores =
    (m: M) =>
    (a: number, b: number): number =>
      metric(m).better === 'lower' ? a - b : b - a;
  return {
    METRIC_KEYS: Object.keys(metrics) as [M, ...M[]],
    BENCHMARK_IDS: Object.keys(benchmarks) as [B, ...B[]],
    /** A metric's record. */
    metric,
    /** A benchmark's record. */
    benchmark,
    /** The metric a benchmark's boards rank by. */
    primaryMetric: (b: B): M => benchmark(b).metrics[0] as unknown as M,
    /** The metrics a benchmark's leaderboards show, the ranked one first. */
    boardMetricsOf: (b: B): readonly M[] => benchmark(b).board as unknown as readonly M[],
    /** The metrics of a benchmark, in table order. */
    metricsOf: (b: B): readonly M[] => benchmark(b).metrics as unknown as readonly M[],
    /** Sorts values of a metric best first: ascending when lower is better, descending when higher is. */
    compareScores,
    /** Whether `a` is strictly better than `b` on metric `m`. */
    isBetter: (m: M, a: number, b: number): boolean => compareScores(m)(a, b) < 0,
  };
}

export const {
  METRIC_KEYS,
  BENCHMARK_IDS,
  metric,
  benchmark,
  primaryMetric,
  boardMetricsOf,
  metricsOf,
  compareScores,
  isBetter,
} = registryOf<MetricKey, BenchmarkId>(METRIC, BENCHMARK);
