/**
 * What the public data files are, for scripts: the manifest (`/data/manifest.json`: the export version,
 * what changed, the files, the benchmarks and their metrics) and the JSON Schema of `/data/results.json`,
 * both built from the registry (src/lib/benchmarks.ts), so that a new benchmark is described the day it exists.
 */
import { BENCHMARK_IDS, METRIC_KEYS, benchmark, metric, metricsOf } from './benchmarks';
import { EXPORT_CHANGES, EXPORT_SCHEMA_VERSION } from './export';

/** The manifest of the data files. Paths are from the site root. */
export function dataManifest(boardSlugs: readonly string[]) {
  return {
    schema_version: EXPORT_SCHEMA_VERSION,
    changes: EXPORT_CHANGES,
    files: {
      'results.json': 'Every result row (the JSON Schema is results.schema.json).',
      'results.schema.json': 'JSON Schema of results.json.',
      ...Object.fromEntries(
        BENCHMARK_IDS.map((b) => [`results-${b}.csv`, `The rows of ${benchmark(b).label.en}, its metrics as columns.`]),
      ),
      'results.csv': 'Deprecated (until version 3): the ImageNet class-conditional rows with flat metric columns.',
      'methods.json': 'Every method: paper, dates, tokenizer, code.',
      'references.bib': 'BibTeX of every paper.',
      'census.json': 'Methods known but not ranked, each with its reason.',
      ...Object.fromEntries(
        boardSlugs.flatMap((s) => [
          [`board-${s}.json`, `The ${s} leaderboard, one record per ranked model.`],
          [`board-${s}.csv`, `The ${s} leaderboard as CSV.`],
          [`board-${s}.tex`, `The ${s} leaderboard as a LaTeX table (booktabs; \\cite keys of references.bib).`],
          [`board-${s}.md`, `The ${s} leaderboard as a Markdown table.`],
        ]),
      ),
    },
    benchmarks: Object.fromEntries(
      BENCHMARK_IDS.map((b) => {
        const e = benchmark(b);
        return [b, { label: e.label.en, task: e.task, ranked_by: e.metrics[0], metrics: metricsOf(b) }];
      }),
    ),
    metrics: Object.fromEntries(
      METRIC_KEYS.map((k) => {
        const m = metric(k);
        return [k, { label: m.label.en, better: m.better, min: m.min, max: m.max, description: m.describe }];
      }),
    ),
  };
}

const nullable = (type: string | string[]) => ({ type: [...(Array.isArray(type) ? type : [type]), 'null'] });

/** The JSON Schema of results.json: an array of rows, one branch of `metrics` per benchmark. */
export function resultsJsonSchema() {
  const metricProps = (b: (typeof BENCHMARK_IDS)[number]) =>
    Object.fromEntries(metricsOf(b).map((k) => [k, { ...nullable('number'), description: metric(k).describe }]));
  return {
    $schema: 'https://json-schema.org/draft/2020-12/schema',
    title: `results.json, export schema version ${EXPORT_SCHEMA_VERSION}`,
    type: 'array',
    items: {
      type: 'object',
      required: ['id', 'benchmark', 'method', 'reported_in', 'model', 'metrics', 'source', 'release'],
      properties: {
        id: { type: 'string', description: 'Stable row id (an anchor on the method page: #row-<id>).' },
        benchmark: { enum: BENCHMARK_IDS, description: 'The benchmark the row reports.' },
        method: { type: 'string' },
        reported_in: { type: 'string', description: 'The method whose paper or repository printed the number.' },
        model: { type: 'string' },
        base: {
          ...nullable('string'),
          description: 'The generator the model is built on, where the method has several.',
        },
        params_m: nullable('number'),
        resolution: nullable('integer'),
        gen_resolution: nullable('integer'),
        metrics: { type: 'object', description: "The benchmark's metrics, as printed." },
        fid: { ...nullable('number'), deprecated: true },
        is: { ...nullable('number'), deprecated: true },
        precision: { ...nullable('number'), deprecated: true },
        recall: { ...nullable('number'), deprecated: true },
        guidance: nullable('boolean'),
        cfg: nullable('number'),
        cfg_schedule: nullable('string'),
        steps: nullable('integer'),
        top_k: nullable('integer'),
        top_p: nullable('number'),
        temperature: nullable('number'),
        samples: nullable('integer'),
        evaluator: nullable('string'),
        prompts: {
          ...nullable('string'),
          description: 'Text-to-image: original, rewritten, self-reasoning or not-stated.',
        },
        prompt_marker: nullable('string'),
        rewriter: nullable('string'),
        post_training: {
          ...nullable('string'),
          description: 'Text-to-image: none, sft, preference, rl or not-stated.',
        },
        reward_uses_benchmark: nullable('string'),
        checkpoint: nullable('string'),
        active_params_m: nullable('number'),
        params_counted: nullable('string'),
        samples_per_prompt: nullable('integer'),
        evaluated_by: nullable('string'),
        tokenizer_kind: { type: 'string' },
        source: { type: 'object', description: 'arxiv, version, table, url; or repo, commit, file, url.' },
        release: { enum: ['paper', 'later'] },
        first_printed: nullable('string'),
        disagrees_with: { type: 'array', items: { type: 'string' } },
        note: nullable('string'),
        history: {
          type: 'array',
          description: "Changes of the row's numbers or source in the project's history, newest first.",
          items: {
            type: 'object',
            additionalProperties: false,
            required: ['date', 'commit', 'subject', 'field', 'metric', 'old', 'new'],
            properties: {
              date: { type: 'string' },
              commit: { type: 'string' },
              subject: { type: 'string' },
              field: { enum: ['value', 'source'] },
              metric: nullable('string'),
              old: { type: 'string' },
              new: { type: 'string' },
            },
          },
        },
      },
      allOf: BENCHMARK_IDS.map((b) => ({
        if: { properties: { benchmark: { const: b } } },
        then: {
          properties: {
            metrics: {
              type: 'object',
              properties: metricProps(b),
              required: [metricsOf(b)[0]],
              additionalProperties: false,
            },
          },
        },
      })),
    },
  };
}
