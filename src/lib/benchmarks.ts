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
  /** A shorter column header where the label is too wide beside a model's name on a phone (the title explains it). */
  column?: Bilingual;
  /** Its name in running text (a search record's sentence), where it differs from the label. */
  name?: Bilingual;
  /** What the metric is and which way is better, for a header's tooltip; none where the label says enough. */
  title?: Bilingual;
  /** What the schema's field reference says of it. */
  describe: string;
}

/** A score where higher is better, from 0 to `max` inclusive, on a linear axis. */
const score = (max: number, label: Bilingual, describe: string): MetricEntry => ({
  better: 'higher',
  scale: 'linear',
  min: 0,
  minInclusive: true,
  max,
  decimals: 2,
  label,
  describe,
});

/** One of GenEval's six sub-scores (0-1): `what` names it in the field reference. */
const genevalPart = (label: Bilingual, what: string) => score(1, label, `GenEval ${what} score, 0-1.`);

/** One of DPG-Bench's category scores (0-100). */
const dpgPart = (label: Bilingual, what: string) => score(100, label, `DPG-Bench ${what} score, 0-100.`);

/**
 * Every metric a results row may carry, in the order tables show them.
 * @public (a test extends it through vi.mock)
 */
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
  geneval: {
    better: 'higher',
    scale: 'linear',
    min: 0,
    minInclusive: true,
    max: 1,
    decimals: 2,
    label: { en: 'GenEval', zh: 'GenEval' },
    title: { en: 'GenEval overall score (0-1), higher is better', zh: 'GenEval 总分（0-1），越高越好' },
    describe: 'GenEval overall score, as a fraction 0-1 (higher is better).',
  },
  geneval_single_object: genevalPart({ en: 'Single obj.', zh: '单物体' }, 'single-object'),
  geneval_two_object: genevalPart({ en: 'Two obj.', zh: '双物体' }, 'two-object'),
  geneval_counting: genevalPart({ en: 'Counting', zh: '计数' }, 'counting'),
  geneval_colors: genevalPart({ en: 'Colors', zh: '颜色' }, 'colours'),
  geneval_position: genevalPart({ en: 'Position', zh: '位置' }, 'position'),
  geneval_color_attribution: genevalPart({ en: 'Color attr.', zh: '颜色属性' }, 'colour-attribution'),
  dpg: {
    better: 'higher',
    scale: 'linear',
    min: 0,
    minInclusive: true,
    max: 100,
    decimals: 2,
    label: { en: 'DPG-Bench', zh: 'DPG-Bench' },
    column: { en: 'DPG', zh: 'DPG' },
    title: { en: 'DPG-Bench overall score (0-100), higher is better', zh: 'DPG-Bench 总分（0-100），越高越好' },
    describe: 'DPG-Bench overall score, 0-100 (higher is better).',
  },
  dpg_global: dpgPart({ en: 'Global', zh: '全局' }, 'global'),
  dpg_entity: dpgPart({ en: 'Entity', zh: '实体' }, 'entity'),
  dpg_attribute: dpgPart({ en: 'Attribute', zh: '属性' }, 'attribute'),
  dpg_relation: dpgPart({ en: 'Relation', zh: '关系' }, 'relation'),
  dpg_other: dpgPart({ en: 'Other', zh: '其他' }, 'other'),
  genai_advanced: {
    better: 'higher',
    scale: 'linear',
    min: 0,
    minInclusive: true,
    max: 1,
    decimals: 2,
    label: { en: 'GenAI adv.', zh: 'GenAI 高级' },
    column: { en: 'Adv.', zh: '高级' },
    title: {
      en: 'GenAI-Bench VQAScore on the advanced prompts (0-1), higher is better',
      zh: 'GenAI-Bench 高级提示上的 VQAScore（0-1），越高越好',
    },
    describe: 'GenAI-Bench VQAScore on the advanced prompts, 0-1 (higher is better).',
  },
  genai_basic: {
    better: 'higher',
    scale: 'linear',
    min: 0,
    minInclusive: true,
    max: 1,
    decimals: 2,
    label: { en: 'GenAI basic', zh: 'GenAI 基础' },
    column: { en: 'Basic', zh: '基础' },
    describe: 'GenAI-Bench VQAScore on the basic prompts, 0-1.',
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

/**
 * Every benchmark a results row may name.
 * @public (a test extends it through vi.mock)
 */
export const BENCHMARK = {
  'imagenet-cc': {
    task: 'class-to-image',
    metrics: ['fid', 'is', 'precision', 'recall'],
    board: ['fid', 'is'],
    label: { en: 'class-conditional ImageNet', zh: '类别条件 ImageNet' },
    dataset: 'ImageNet',
  },
  geneval: {
    task: 'text-to-image',
    metrics: [
      'geneval',
      'geneval_single_object',
      'geneval_two_object',
      'geneval_counting',
      'geneval_colors',
      'geneval_position',
      'geneval_color_attribution',
    ],
    board: ['geneval', 'geneval_counting', 'geneval_position'],
    label: { en: 'GenEval', zh: 'GenEval' },
    dataset: 'GenEval',
  },
  'dpg-bench': {
    task: 'text-to-image',
    metrics: ['dpg', 'dpg_global', 'dpg_entity', 'dpg_attribute', 'dpg_relation', 'dpg_other'],
    board: ['dpg', 'dpg_relation'],
    label: { en: 'DPG-Bench', zh: 'DPG-Bench' },
    dataset: 'DPG-Bench',
  },
  'genai-bench': {
    task: 'text-to-image',
    metrics: ['genai_advanced', 'genai_basic'],
    board: ['genai_advanced', 'genai_basic'],
    label: { en: 'GenAI-Bench', zh: 'GenAI-Bench' },
    dataset: 'GenAI-Bench',
    holds: {
      en: 'Text-to-image models on GenAI-Bench (VQAScore, advanced prompts), as their own paper printed them.',
      zh: 'GenAI-Bench 上的文生图模型（VQAScore，高级提示），数字以其自己的论文所列为准。',
    },
  },
  'coco-fid': {
    task: 'text-to-image',
    metrics: ['fid'],
    board: ['fid'],
    label: { en: 'zero-shot COCO FID', zh: '零样本 COCO FID' },
    dataset: 'COCO',
    holds: {
      en: 'Text-to-image models by zero-shot FID on MS-COCO captions (usually 30,000 images), as their own paper printed them; sample counts and resizing differ.',
      zh: '以 MS-COCO 描述生成图像的零样本 FID（通常为 30,000 张）评测的文生图模型，数字以其自己的论文所列为准；样本数与缩放方式各不相同。',
    },
  },
  'mjhq-fid': {
    task: 'text-to-image',
    metrics: ['fid'],
    board: ['fid'],
    label: { en: 'MJHQ-30K FID', zh: 'MJHQ-30K FID' },
    dataset: 'MJHQ-30K',
    holds: {
      en: 'Text-to-image models by FID against the 30,000 MJHQ images, as their own paper printed them.',
      zh: '以 30,000 张 MJHQ 图像为参照的 FID 评测的文生图模型，数字以其自己的论文所列为准。',
    },
  },
} satisfies Record<string, BenchmarkEntry>;
export type BenchmarkId = keyof typeof BENCHMARK;

/**
 * The helpers every module uses, built over a pair of registries (the site's, or a test's with one entry more).
 * @public (a test rebuilds them through vi.mock)
 */
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
