/**
 * The public data exports (`/data/results.json`, `/data/methods.json`, the CSV files): a contract
 * with anyone who scripts against the survey's numbers, versioned by `EXPORT_SCHEMA_VERSION` and
 * described by `/data/manifest.json` and `/data/results.schema.json`. Missing values are `null`, never
 * omitted.
 */
import type { RowChange } from './row-history';
import { isoDay, paperDate } from './dates';
import type { Method, ResultRow } from './types';
import { sourceUrl } from './results';
import type { PostTraining, Prompt, Release, TokenizerKind } from './vocab';
import { benchmark as entry, metricsOf, type BenchmarkId, type MetricKey } from './benchmarks';
import { toCsv } from './csv';

/**
 * The version of the export contract. 1: ImageNet rows with flat fid, is, precision, recall. 2 (this one):
 * every row names its `benchmark` and carries its metrics in `metrics`; the flat metric fields are kept
 * on ImageNet rows, deprecated, until version 3.
 */
export const EXPORT_SCHEMA_VERSION = 2;

/** What changed in each version of the contract, newest first (served in /data/manifest.json). */
export const EXPORT_CHANGES = [
  {
    version: 2,
    changes: [
      'results.json: every row has "benchmark" (see manifest.json "benchmarks") and "metrics", an object with the benchmark\'s metrics (null where not printed).',
      'results.json: "base" (the generator a row of a post-training or decoding paper is built on) and "first_printed" (when a number is known to have first appeared in a later version).',
      'results.json: "resolution" is null for a benchmark without one.',
      'Deprecated: the flat "fid", "is", "precision", "recall" fields and results.csv hold ImageNet class-conditional rows only and are kept until version 3; use "metrics" and results-<benchmark>.csv.',
      'methods.json: "v1" is YYYY-MM where the day of the first version was not read in a primary source, and "v1_read" says how it was read.',
      'Added in version 2 (no field removed or changed): the text-to-image fields of results.json ("prompts", "prompt_marker", "rewriter", "post_training", "reward_uses_benchmark", "checkpoint", "active_params_m", "params_counted", "samples_per_prompt", "evaluated_by"; null on class-to-image rows), "history" (the changes of a row\'s number or source in the project\'s history), methods.json "bibtex_key" and "year" (the entry of references.bib), census.json, and each board as LaTeX (board-<slug>.tex) and Markdown (board-<slug>.md).',
    ],
  },
  { version: 1, changes: ['First published contract: ImageNet class-conditional rows with flat metrics.'] },
] as const;

export interface ResultExport {
  id: string;
  /** The benchmark the row reports (src/lib/benchmarks.ts). */
  benchmark: BenchmarkId;
  method: string;
  reported_in: string;
  model: string;
  /** For a row of a method applied to several generators: the generator it is built on. */
  base: string | null;
  params_m: number | null;
  resolution: number | null;
  gen_resolution: number | null;
  /** The benchmark's metrics, as printed; null where not printed. */
  metrics: Partial<Record<MetricKey, number | null>>;
  /** Deprecated (kept until version 3): the ImageNet metrics as flat fields, null on rows of other benchmarks. */
  fid: number | null;
  is: number | null;
  precision: number | null;
  recall: number | null;
  guidance: boolean | null;
  cfg: number | null;
  cfg_schedule: string | null;
  steps: number | null;
  top_k: number | null;
  top_p: number | null;
  temperature: number | null;
  samples: number | null;
  evaluator: string | null;
  /** Text-to-image rows (null on class-to-image rows): how the prompts were handled, the printed mark and the rewriter. */
  prompts: Prompt | null;
  prompt_marker: string | null;
  rewriter: string | null;
  /** Text-to-image rows: training after pre-training, and whether a reward used the benchmark's evaluator. */
  post_training: PostTraining | null;
  reward_uses_benchmark: 'yes' | 'no' | 'unknown' | null;
  /** Text-to-image rows: the released weights, active parameters (mixture of experts) and what a count covers. */
  checkpoint: string | null;
  active_params_m: number | null;
  params_counted: string | null;
  samples_per_prompt: number | null;
  evaluated_by: string | null;
  tokenizer_kind: TokenizerKind;
  source:
    | { arxiv: string; version: string; table: string; url: string }
    | { repo: string; commit: string; file: string; table: string | null; url: string };
  /** "paper" for a number the paper prints (or its authors published with it), "later" for a later release. */
  release: Release;
  /** When the number first appeared, where known to be after the paper's first version (YYYY-MM-DD). */
  first_printed: string | null;
  disagrees_with: string[];
  note: string | null;
  /** Where the project's history changed one of the row's numbers or its source, newest first. */
  history: RowHistoryExport[];
}

/** One change of a row (src/lib/row-history.ts): its date, commit and message, what changed, old and new. */
interface RowHistoryExport {
  date: string;
  commit: string;
  subject: string;
  field: 'value' | 'source';
  metric: MetricKey | null;
  old: string;
  new: string;
}

export interface MethodExport {
  slug: string;
  title: string;
  short_name: string;
  role: string;
  contribution: string;
  /** For a tokenizer, decoding or training paper: the generator it uses, where it is on the site. */
  generator: string | null;
  aliases: string[];
  /** What an autoregressive generator outputs per token or step (categorical, diffusion, ...). */
  head: string | null;
  family: string;
  backbone: string;
  tokenizer: Method['data']['tokenizer'];
  arxiv: string;
  paper_title: string;
  authors: string[];
  /** YYYY-MM-DD, or YYYY-MM when the day of v1 was not read in a primary source. */
  v1: string;
  /** How the v1 day was read (v1-header, arxiv-record) or not-read. */
  v1_read: string;
  versions: Array<{ version: string; date: string | null }>;
  venue: string | null;
  code_url: string | null;
  code_license: string | null;
  builds_on: string[];
  /** The method's entry in references.bib (its cite key) and its year. */
  bibtex_key: string;
  year: number;
}

const orNull = <T>(v: T | undefined): T | null => (v === undefined ? null : v);

/**
 * One object per result row, in the order given; `methods` supplies each row's tokenizer kind,
 * `history` the rows' changes (src/data/row-history.ts; none when not given).
 */
export function toResultsExport(
  rows: readonly ResultRow[],
  methods: readonly Method[],
  history?: ReadonlyMap<string, readonly RowChange[]>,
): ResultExport[] {
  const kind = new Map(methods.map((m) => [m.slug, m.data.tokenizer.kind]));
  return rows.map((r) => {
    const tokenizerKind = kind.get(r.method);
    if (!tokenizerKind) throw new Error(`results row "${r.id}" belongs to unknown method "${r.method}"`);
    const s = r.source;
    const source = s.repo
      ? { repo: s.repo, commit: s.commit as string, file: s.file as string, table: s.table ?? null, url: sourceUrl(s) }
      : { arxiv: s.arxiv as string, version: s.version as string, table: s.table as string, url: sourceUrl(s) };
    const imagenet = r.benchmark === 'imagenet-cc';
    const flat = (k: MetricKey) => (imagenet ? orNull(r.metrics[k]) : null);
    return {
      id: r.id,
      benchmark: r.benchmark,
      method: r.method,
      reported_in: r.reported_in,
      model: r.model,
      base: orNull(r.base),
      params_m: orNull(r.params_m),
      resolution: orNull(r.resolution),
      gen_resolution: orNull(r.gen_resolution),
      metrics: Object.fromEntries(metricsOf(r.benchmark).map((k) => [k, orNull(r.metrics[k])])),
      fid: flat('fid'),
      is: flat('is'),
      precision: flat('precision'),
      recall: flat('recall'),
      guidance: orNull(r.sampling.guidance),
      cfg: r.sampling.guidance === false ? 1 : orNull(r.sampling.cfg),
      cfg_schedule: orNull(r.sampling.cfg_schedule),
      steps: orNull(r.sampling.steps),
      top_k: orNull(r.sampling.top_k),
      top_p: orNull(r.sampling.top_p),
      temperature: orNull(r.sampling.temperature),
      samples: orNull(r.evaluation.samples),
      evaluator: orNull(r.evaluation.evaluator),
      prompts: orNull(r.prompts),
      prompt_marker: orNull(r.prompt_marker),
      rewriter: orNull(r.rewriter),
      post_training: orNull(r.post_training),
      reward_uses_benchmark: orNull(r.reward_uses_benchmark),
      checkpoint: orNull(r.checkpoint),
      active_params_m: orNull(r.active_params_m),
      params_counted: orNull(r.params_counted),
      samples_per_prompt: orNull(r.evaluation.samples_per_prompt),
      evaluated_by: orNull(r.evaluation.evaluated_by),
      tokenizer_kind: tokenizerKind,
      source,
      release: r.release ?? 'paper',
      first_printed: r.first_printed ? isoDay(r.first_printed) : null,
      disagrees_with: [...r.disagrees_with],
      note: orNull(r.note),
      history: (history?.get(r.id) ?? []).map((c) => ({
        date: c.date,
        commit: c.hash,
        subject: c.subject,
        field: c.field,
        metric: c.metric ?? null,
        old: c.old,
        new: c.new,
      })),
    };
  });
}

/** One object per method, sorted by slug. */
export function toMethodsExport(methods: readonly Method[]): MethodExport[] {
  return [...methods]
    .sort((a, b) => a.slug.localeCompare(b.slug))
    .map(({ slug, data }) => ({
      slug,
      title: data.title,
      short_name: data.short_name,
      role: data.role,
      contribution: data.contribution,
      generator: orNull(data.generator),
      aliases: data.aliases,
      head: orNull(data.head),
      family: data.family,
      backbone: data.backbone,
      tokenizer: data.tokenizer,
      arxiv: data.paper.arxiv,
      paper_title: data.paper.title,
      authors: data.paper.authors,
      v1: paperDate(data.paper).iso,
      v1_read: data.paper.v1_read,
      versions: data.paper.versions.map((v) => ({ version: v.version, date: v.date ? isoDay(v.date) : null })),
      venue: orNull(data.paper.venue),
      code_url: orNull(data.code?.url),
      code_license: orNull(data.code?.license),
      builds_on: data.builds_on,
      bibtex_key: data.bibtex.key,
      year: data.bibtex.year,
    }));
}

/** Columns of `/data/results.csv` and of the compare page's "download this view": the JSON fields, source flattened. */
const RESULT_CSV_COLUMNS = [
  'id',
  'method',
  'reported_in',
  'model',
  'params_m',
  'resolution',
  'gen_resolution',
  'fid',
  'is',
  'precision',
  'recall',
  'guidance',
  'cfg',
  'cfg_schedule',
  'steps',
  'top_k',
  'top_p',
  'temperature',
  'samples',
  'evaluator',
  'tokenizer_kind',
  'source_arxiv',
  'source_version',
  'source_table',
  'source_repo',
  'source_commit',
  'source_file',
  'source_url',
  'release',
  'disagrees_with',
  'note',
] as const;

/** A results export object as a flat CSV record. */
function resultCsvRecord(e: ResultExport): Record<(typeof RESULT_CSV_COLUMNS)[number], unknown> {
  const { source, ...rest } = e;
  const s = source as Partial<Record<'arxiv' | 'version' | 'table' | 'repo' | 'commit' | 'file' | 'url', string>>;
  return {
    ...rest,
    source_arxiv: s.arxiv,
    source_version: s.version,
    source_table: s.table,
    source_repo: s.repo,
    source_commit: s.commit,
    source_file: s.file,
    source_url: s.url,
  };
}

/**
 * The CSV of some rows, in the order of `ids`, from the results export (as /data/results.json
 * serves it). An id missing from the export is an error, never a silently shorter file.
 */
export function viewCsv(entries: readonly ResultExport[], ids: readonly string[]): string {
  return toCsv(viewEntries(entries, ids).map(resultCsvRecord), RESULT_CSV_COLUMNS);
}

/** The same rows as JSON: the results export's entries, in the order of `ids`. */
export function viewJson(entries: readonly ResultExport[], ids: readonly string[]): string {
  return `${JSON.stringify(viewEntries(entries, ids), null, 2)}\n`;
}

function viewEntries(entries: readonly ResultExport[], ids: readonly string[]): ResultExport[] {
  const byId = new Map(entries.map((e) => [e.id, e]));
  return ids.map((id) => {
    const e = byId.get(id);
    if (!e) throw new Error(`row "${id}" is not in the results export`);
    return e;
  });
}

/** Columns of `/data/results-<benchmark>.csv`: the JSON fields, the benchmark's metrics as columns, the source flattened. */
export function benchmarkCsvColumns(benchmark: BenchmarkId): string[] {
  return [
    'id',
    'benchmark',
    'method',
    'reported_in',
    'model',
    'base',
    'params_m',
    'resolution',
    'gen_resolution',
    ...metricsOf(benchmark),
    ...RESULT_CSV_COLUMNS.slice(RESULT_CSV_COLUMNS.indexOf('guidance')).filter((c) => c !== 'note'),
    ...(entry(benchmark).task === 'text-to-image' ? TEXT_TO_IMAGE_CSV_COLUMNS : []),
    'first_printed',
    'note',
  ];
}

/** The text-to-image fields, as columns of a text-to-image benchmark's CSV. */
const TEXT_TO_IMAGE_CSV_COLUMNS = [
  'prompts',
  'prompt_marker',
  'rewriter',
  'post_training',
  'reward_uses_benchmark',
  'checkpoint',
  'active_params_m',
  'params_counted',
  'samples_per_prompt',
  'evaluated_by',
] as const;

/** The CSV of one benchmark's rows, in the given order. */
export function benchmarkCsv(entries: readonly ResultExport[], benchmark: BenchmarkId): string {
  const rows = entries
    .filter((e) => e.benchmark === benchmark)
    .map((e) => ({ ...resultCsvRecord(e), ...e.metrics, base: e.base, first_printed: e.first_printed }));
  return toCsv(rows, benchmarkCsvColumns(benchmark));
}
