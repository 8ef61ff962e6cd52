/**
 * A results file: one row per model, setting and source table. Where a number was read (`sourceSchema`)
 * and the row itself.
 */
import { z } from 'astro/zod';
import { CFG_SCHEDULES, PATTERNS, POST_TRAININGS, PROMPTS, RELEASES } from '../lib/vocab';
import { BENCHMARK_IDS, benchmark, metric, metricsOf, type BenchmarkId, type MetricKey, type Task } from '../lib/benchmarks';
import { arxivId, isoDate, positive, positiveInt, slug } from './shared';

export const sourceSchema = z
  .object({
    arxiv: arxivId.optional().describe('arXiv id of the paper whose table printed the number.'),
    version: z
      .string()
      .regex(PATTERNS.arxivVersion, { error: 'must be an arXiv version such as "v2", or "camera-ready"' })
      .optional()
      .describe('The version that was read: v1, v2, ... or camera-ready.'),
    table: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Table (or figure/section) that prints the number, e.g. "Table 6"; also for a repository file that is a paper (a report PDF).',
      ),
    repo: z
      .string()
      .regex(PATTERNS.repo, { error: 'must be a GitHub repository as owner/name' })
      .optional()
      .describe('Official repository (owner/name) whose file printed the number.'),
    commit: z
      .string()
      .regex(PATTERNS.commit, { error: 'must be a full 40-character commit hash' })
      .optional()
      .describe('Commit at which the file was read.'),
    file: z.string().min(1).optional().describe('Path of that file in the repository, e.g. "README.md".'),
    url: z
      .url({ error: 'must be a full URL' })
      .optional()
      .describe('Direct link, when it adds something to the above.'),
  })
  .strict()
  .superRefine((s, ctx) => {
    const paper = s.arxiv !== undefined || s.version !== undefined;
    const repo = s.repo !== undefined || s.commit !== undefined || s.file !== undefined;
    if (paper && repo) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be either a paper (arxiv, version, table) or a repository file (repo, commit, file, and a table where the file is a paper), not both',
      });
      return;
    }
    const need = repo ? (['repo', 'commit', 'file'] as const) : (['arxiv', 'version', 'table'] as const);
    for (const k of need)
      if (s[k] === undefined)
        ctx.addIssue({
          code: 'custom',
          path: [k],
          message: repo
            ? 'is required for a repository source (repo, commit, file)'
            : 'is required for a paper source (arxiv, version, table)',
        });
  })
  .describe(
    'Where the numbers were read: a paper table (arxiv, version, table) or a repository file (repo, commit, file).',
  );

/** A metric's value as the build accepts it: the range and the words come from the registry. */
function metricSchema(key: MetricKey) {
  const m = metric(key);
  const value = m.minInclusive
    ? z
        .number({ error: `must be a number between ${m.min} and ${m.max}` })
        .min(m.min, { error: `must be a number between ${m.min} and ${m.max}` })
        .max(m.max, { error: `must be a number between ${m.min} and ${m.max}` })
    : (m.min === 0 ? positive('a positive number') : z.number().gt(m.min, { error: `must be more than ${m.min}` })).max(
        m.max,
        { error: `must be at most ${m.max}` },
      );
  return value.describe(m.describe);
}

/** The metrics object of one benchmark: its first metric required, the others optional, nothing else. */
function metricsSchema(b: BenchmarkId) {
  const [primary, ...rest] = metricsOf(b);
  return z
    .object(
      Object.fromEntries([
        [primary, metricSchema(primary)],
        ...rest.map((k) => [k, metricSchema(k).optional()]),
      ]) as Record<MetricKey, z.ZodType>,
    )
    .strict()
    .describe(`Metrics as printed; ${metric(primary).label.en} is required.`) as unknown as z.ZodType<
    Partial<Record<MetricKey, number>>
  >;
}

/** The fields a row has because of its benchmark's task. */
const TASK_FIELDS = {
  'class-to-image': {
    resolution: positiveInt('a positive whole number of pixels')
      .max(4096)
      .describe('Resolution at which the metrics were evaluated, e.g. 256.'),
  },
  'text-to-image': {
    resolution: positiveInt('a positive whole number of pixels')
      .max(4096)
      .optional()
      .describe('Resolution at which the images were evaluated, where stated.'),
    checkpoint: z.string().min(1).optional().describe('The released weights the number belongs to, e.g. "deepseek-ai/Janus-Pro-7B".'),
    active_params_m: positive('a positive number of millions of parameters')
      .max(1e6)
      .optional()
      .describe('Parameters active per token (mixture of experts), in millions, where it differs from params_m.'),
    params_counted: z
      .string()
      .min(1)
      .optional()
      .describe('What the printed parameter count covers, e.g. "language model only" or "with the diffusion decoder".'),
    prompts: z
      .enum(PROMPTS)
      .describe(
        'How the benchmark prompts were handled: original, rewritten (by a language model), self-reasoning (the model writes its own reasoning first), or not-stated; never assume original.',
      ),
    prompt_marker: z.string().min(1).optional().describe('The mark printed next to the number for its prompt handling, verbatim (e.g. "†").'),
    rewriter: z.string().min(1).optional().describe('Who or what rewrote the prompts, when rewritten (e.g. "GPT-4V").'),
    post_training: z
      .enum(POST_TRAININGS)
      .optional()
      .describe('Training after pre-training: none, sft, preference (DPO and the like), rl, or not-stated.'),
    reward_uses_benchmark: z
      .enum(['yes', 'no', 'unknown'])
      .optional()
      .describe("For preference or reinforcement learning: whether the reward uses the benchmark's own evaluator."),
  },
} satisfies Record<Task, z.ZodRawShape>;

/** The fields of every task, each optional: the type a row's task fields are read as (a row of one task has the others absent). */
type TaskShape<T extends Task> = (typeof TASK_FIELDS)[T];
type AllTaskFields = Omit<TaskShape<'class-to-image'>, keyof TaskShape<'text-to-image'>> & TaskShape<'text-to-image'>;
type AnyTaskFields = { [K in keyof AllTaskFields]: z.ZodOptional<AllTaskFields[K]> };

const sampling = z
      .object({
    guidance: z
      .boolean({ error: 'must be true or false' })
      .optional()
      .describe('Whether guidance (e.g. classifier-free) was used; omit when the source does not say.'),
    cfg: positive('a positive number').optional().describe('Classifier-free guidance scale, when stated.'),
    cfg_schedule: z
      .enum(CFG_SCHEDULES)
      .optional()
      .describe('How the guidance scale changes over sampling, when stated.'),
    steps: positiveInt('a positive whole number')
      .optional()
      .describe('Sequential generation steps (forward passes or denoising steps), when stated.'),
    top_k: z.number().int().min(0).optional().describe('Top-k sampling (0 means no top-k), when stated.'),
    top_p: z.number().gt(0).max(1).optional().describe('Top-p (nucleus) sampling, when stated.'),
    temperature: positive('a positive number').optional().describe('Sampling temperature, when stated.'),
    acceptance_rate: z
      .number({ error: 'must be a number between 0 and 1' })
      .gt(0, { error: 'must be a number between 0 and 1' })
      .max(1, { error: 'must be a number between 0 and 1' })
      .optional()
      .describe('Acceptance rate of rejection sampling, when used (e.g. 0.05).'),
  })
  .strict()
  .default({})
  .superRefine((s, ctx) => {
    if (s.guidance === false && s.cfg !== undefined && s.cfg !== 1)
      ctx.addIssue({
        code: 'custom',
        path: ['cfg'],
        message: `must be absent or 1 when guidance is false, got ${s.cfg}`,
      });
  })
  .describe('How the samples were drawn.');

const evaluation = z
      .object({
    samples: positiveInt('a positive whole number')
      .optional()
      .describe('Number of generated images used for FID, e.g. 50000.'),
    evaluator: z
      .string()
      .min(1)
      .optional()
      .describe('Evaluation code or reference statistics, e.g. "ADM evaluation suite".'),
    samples_per_prompt: positiveInt('a positive whole number')
      .optional()
      .describe('Images generated per prompt (text-to-image benchmarks), where stated.'),
    evaluated_by: z
      .string()
      .min(1)
      .optional()
      .describe('Who ran the evaluation, where not the row\'s own source: e.g. "Switti (own re-run)".'),
  })
  .strict()
  .default({})
  .describe('How the metrics were computed, where stated.');

/** The rows of one benchmark: the fields every row has, the task's fields and the benchmark's metrics. */
function rowSchemaOf(b: BenchmarkId) {
  const entry = benchmark(b);
  return z
    .object({
      id: slug.describe('Stable row id, unique across the site, e.g. "var-d30-cfg-var".'),
      benchmark: z
        .literal(b)
        .describe(`The benchmark the row reports: "${b}" (${entry.label.en}). One of: ${BENCHMARK_IDS.join(', ')}.`),
      reported_in: slug.describe('Slug of the method whose paper (or repository) printed this number.'),
      model: z.string().min(1).describe('Model name exactly as printed, e.g. "VAR-d30".'),
      base: slug
        .optional()
        .describe(
          "For a method applied to more than one generator (a post-training or decoding paper): the slug of the generator this row's model is built on, e.g. \"var\"; the row is then of that generator's paradigm. Omit when the row is of the method's own generator.",
        ),
      params_m: positive('a positive number of millions of parameters')
        .max(1e6)
        .optional()
        .describe('Parameters in millions, as printed (1.4B -> 1400). Omit when not printed.'),
      // Typed as every task's fields, each optional; each branch checks its own at run time.
      ...(TASK_FIELDS[entry.task] as unknown as AnyTaskFields),
      gen_resolution: positiveInt('a positive whole number of pixels')
        .max(4096)
        .optional()
        .describe(
          'Resolution the model generated at, when it differs or the source states it (e.g. 384, resized to 256).',
        ),
      metrics: metricsSchema(b),
      sampling,
      evaluation,
      source: sourceSchema,
      release: z
        .enum(RELEASES)
        .optional()
        .describe(
          'paper: a number the paper prints, or one its authors published with the paper (a repository copy, the paper\'s checkpoints); later: released after the paper with a changed recipe, checkpoint, tokenizer or evaluation. Required for a repository source; a paper source is "paper".',
        ),
      first_printed: isoDate
        .optional()
        .describe(
          "When the number first appeared, where it is known to be later than the paper's first version (e.g. the date of the v3 that first printed it). Records over time date the row by it; omit it otherwise (the v1 date is used).",
        ),
      disagrees_with: z
        .array(slug)
        .default([])
        .describe('Ids of rows that print a different number for the same model and setting.'),
      note: z.string().optional().describe('Anything a reader must know to compare this number.'),
    })
    .strict()
    .superRefine((r, ctx) => {
      if (r.source.repo !== undefined && r.release === undefined)
        ctx.addIssue({
          code: 'custom',
          path: ['release'],
          message:
            'is required for a repository source: "paper" when the paper prints the same number, "later" when it is a later release',
        });
      if (r.source.repo === undefined && r.release === 'later')
        ctx.addIssue({
          code: 'custom',
          path: ['release'],
          message: 'can be "later" only for a repository source; a number printed in a paper version is "paper"',
        });
      if (r.disagrees_with.includes(r.id))
        ctx.addIssue({ code: 'custom', path: ['disagrees_with'], message: 'must not list the row itself' });
    });
}

/** A results row: one branch per benchmark of the registry, told apart by `benchmark`, each strict. */
export const resultRowSchema = z.discriminatedUnion(
  'benchmark',
  BENCHMARK_IDS.map(rowSchemaOf) as unknown as [ReturnType<typeof rowSchemaOf>, ...ReturnType<typeof rowSchemaOf>[]],
);

export const resultsFileSchema = z
  .object({
    method: slug.describe('Slug of the method these rows belong to; must equal the file name.'),
    rows: z
      .array(resultRowSchema)
      .describe('One row per model, setting and source table; [] while none is entered yet.'),
  })
  .strict();

