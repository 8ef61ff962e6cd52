/**
 * What valid content is: the collections and their zod schemas.
 *
 * Every field carries a `.describe()` text; it is the field's comment here and the field
 * reference on the contribute page. Allowed values come from `src/lib/vocab.ts`.
 *
 * Cross-file rules (a reference must resolve, ids are unique, a results file belongs to an
 * existing method) live in `src/lib/content-check.ts`, which the build runs with these
 * same schemas before Astro loads the collections.
 *
 * `defineCollection` is imported from its plain module path (not the `astro:content` virtual
 * module) so that this file also loads outside Vite: in the build guard and in unit tests.
 */
import { defineCollection } from 'astro/content/config';
import { glob } from 'astro/loaders';
import { loaderOptions } from './lib/content-folders';
import { z } from 'astro/zod';
import {
  BACKBONES,
  BIBTEX_TYPES,
  CFG_SCHEDULES,
  CONCEPT_PARTS,
  CONTRIBUTIONS,
  FAMILIES,
  HEADS,
  PATTERNS,
  RELEASES,
  ROLES,
  TOKENIZER_KINDS,
  V1_READS,
} from './lib/vocab';
import { arxivMonth, monthEnd, paperDateOf } from './lib/dates';

/** Today's date (UTC) as YYYY-MM-DD: no paper or version can be dated after the build. */
const today = () => new Date().toISOString().slice(0, 10);

const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date written YYYY-MM-DD (YAML may hand it over already parsed as a Date). */
export const isoDate = z
  .preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: 'must be a date written YYYY-MM-DD' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
      .refine(isCalendarDate, { error: 'must be a real calendar date (YYYY-MM-DD)' })
      .refine((s) => s <= today(), { error: 'must not be in the future' }),
  )
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** A day (YYYY-MM-DD) or, where only the month is known, a month (YYYY-MM); kept as written, checked, not in the future. */
export const dayOrMonth = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known' })
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, {
      error: 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known',
    })
    .refine((s) => isCalendarDate(s.length === 7 ? `${s}-01` : s), { error: 'must be a real calendar date' })
    .refine((s) => s <= today(), { error: 'must not be in the future' }),
);

/** The month before a YYYY-MM month. */
const previousMonth = (m: string) => {
  const d = new Date(`${m}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
};

const slug = z
  .string({ error: 'must be a slug (lower-case words joined by hyphens)' })
  .regex(PATTERNS.slug, { error: 'must be a slug (lower-case words joined by hyphens)' });

const arxivId = z
  .string({ error: 'must be an arXiv id such as "2406.11838" (quoted, no version)' })
  .regex(PATTERNS.arxivId, { error: 'must be an arXiv id such as "2406.11838" (quoted, no version)' });

const positive = (what: string) => z.number({ error: `must be ${what}` }).positive({ error: `must be ${what}` });

const fraction = z
  .number({ error: 'must be a number between 0 and 1' })
  .min(0, { error: 'must be a number between 0 and 1' })
  .max(1, { error: 'must be a number between 0 and 1' });

const positiveInt = (what: string) =>
  z
    .number({ error: `must be ${what}` })
    .int({ error: `must be ${what}` })
    .positive({ error: `must be ${what}` });

/* ------------------------------------------------------------------ methods */

export const tokenizerSchema = z
  .object({
    kind: z
      .enum(TOKENIZER_KINDS)
      .describe(
        'discrete (vector-quantized codes), continuous (latent vectors) or none (pixels, or a latent the generator does not tokenize).',
      ),
    name: z
      .string()
      .min(1)
      .optional()
      .describe('Name of the tokenizer as the paper gives it, e.g. "VQGAN (LlamaGen, 16x)" or "KL-16".'),
    downsample: positiveInt('a positive whole number')
      .optional()
      .describe('Spatial downsampling factor from pixels to tokens, e.g. 16 for 256x256 -> 16x16.'),
    codebook_size: positiveInt('a positive whole number')
      .optional()
      .describe('Number of codebook entries (discrete tokenizers only).'),
    latent_channels: positiveInt('a positive whole number')
      .optional()
      .describe('Channels per latent token (continuous tokenizers only).'),
  })
  .strict()
  .superRefine((t, ctx) => {
    if (t.kind !== 'discrete' && t.codebook_size !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['codebook_size'],
        message: `is only meaningful for a discrete tokenizer (kind is "${t.kind}")`,
      });
    if (t.kind === 'discrete' && t.latent_channels !== undefined)
      ctx.addIssue({
        code: 'custom',
        path: ['latent_channels'],
        message: 'is for continuous tokenizers; use codebook_size for a discrete one',
      });
  })
  .describe('The image tokenizer the generator models.');

export const paperSchema = z
  .object({
    arxiv: arxivId.describe('arXiv identifier without version, quoted, e.g. "2406.11838".'),
    title: z.string().min(1).describe('The paper title exactly as on arXiv.'),
    authors: z.array(z.string().min(1)).min(1).describe('All authors in the printed order.'),
    v1: dayOrMonth.describe(
      'Date of arXiv version 1: YYYY-MM-DD when the day was read in a primary source (see v1_read), otherwise the month alone, quoted ("2025-09"). The date used for "who came first".',
    ),
    v1_read: z
      .enum(V1_READS)
      .describe(
        'How the v1 day was read: v1-header (the header of the v1 PDF or HTML), arxiv-record (arXiv\'s own abstract page or listing, "Submitted on"), or not-read (no primary source showed the day; v1 is then the month only).',
      ),
    v1_source: z
      .string()
      .min(1)
      .optional()
      .describe(
        'Where the v1 date was read, in a few words (e.g. "v1 PDF header" or "listings give 2025-09-01; no primary copy read").',
      ),
    versions: z
      .array(
        z
          .object({
            version: z
              .string()
              .regex(/^v([2-9]|[1-9]\d+)$/, { error: 'must be a later version label such as "v2"' })
              .describe('Version label, v2 or later.'),
            date: isoDate
              .optional()
              .describe('Date of that version (YYYY-MM-DD); omit when no primary source shows it.'),
            note: z.string().optional().describe('What changed in that version, where known.'),
          })
          .strict(),
      )
      .default([])
      .describe('Later arXiv versions, oldest first.'),
    venue: z
      .string()
      .min(1)
      .optional()
      .describe('Where the paper was published, e.g. "NeurIPS 2024"; omit for preprints.'),
  })
  .strict()
  .superRefine((p, ctx) => {
    const month = p.v1.length === 7;
    if (!month && p.v1_read === 'not-read')
      ctx.addIssue({
        code: 'custom',
        path: ['v1'],
        message: `is a day but v1_read says the day was not read in a primary source: write the month only ("${p.v1.slice(0, 7)}"), or read the day in the v1 header or the arXiv record`,
      });
    if (month && p.v1_read !== 'not-read')
      ctx.addIssue({
        code: 'custom',
        path: ['v1'],
        message: `is a month but v1_read says the day was read (${p.v1_read}): write the day (YYYY-MM-DD)`,
      });
    const id = arxivMonth(p.arxiv);
    const real = isCalendarDate(month ? `${p.v1}-01` : p.v1);
    if (real && id && (p.v1 > monthEnd(id) || p.v1.slice(0, 7) < previousMonth(id)))
      ctx.addIssue({
        code: 'custom',
        path: ['v1'],
        message: `must fit the arXiv identifier ${p.arxiv}, which was assigned in ${id} (v1 is at most a month earlier)`,
      });
  })
  .transform(({ v1, ...p }) => ({ ...p, ...paperDateOf(v1) }))
  .describe('The paper that introduced the method.');

export const bibtexSchema = z
  .object({
    key: z
      .string()
      .regex(/^[A-Za-z0-9:_-]+$/, { error: 'must be a BibTeX key (letters, digits, ":", "_", "-")' })
      .describe('Citation key, e.g. "li2024autoregressive".'),
    type: z.enum(BIBTEX_TYPES).default('article').describe('BibTeX entry type.'),
    journal: z.string().optional().describe('journal field, e.g. "arXiv preprint arXiv:2406.06525".'),
    booktitle: z.string().optional().describe('booktitle field for conference papers.'),
    year: z.number().int().min(1990).max(2100).describe('year field.'),
  })
  .strict()
  .describe('Fields for the BibTeX entry; title, authors and eprint come from `paper`.');

export const methodSchema = z
  .object({
    title: z
      .string()
      .min(1)
      .describe('Page title: the method name and what it is, e.g. "MAR: autoregression without vector quantization".'),
    short_name: z.string().min(1).max(24).describe('Short name used in tables and charts, e.g. "MAR".'),
    role: z
      .enum(ROLES)
      .describe(
        'core for the four seed families (long pages), surveyed for the other autoregressive methods, baseline for methods they are compared against.',
      ),
    contribution: z
      .enum(CONTRIBUTIONS)
      .describe(
        'What the paper changes: generator (a new model or order), tokenizer, decoding (faster or parallel sampling of an existing model) or training (an objective or guidance method).',
      ),
    generator: slug
      .optional()
      .describe(
        'For a tokenizer, decoding or training paper: the slug of the method on this site whose generator it uses for its headline results, e.g. "llamagen".',
      ),
    spine: z
      .object({
        order: positiveInt('a positive whole number').describe('Position of this family on the home page (1 first).'),
        heading: z.string().min(1).describe('Heading of the family on the home page, e.g. "AiM (Mamba-based AR)".'),
        text: z.string().min(40).describe('The family in two or three sentences, for the home page.'),
        families: z
          .array(z.enum(FAMILIES))
          .default([])
          .describe('Paradigms whose surveyed methods are listed under this family.'),
        backbones: z
          .array(z.enum(BACKBONES))
          .default([])
          .describe(
            'Backbones whose surveyed methods are listed under this family; a backbone match wins over a paradigm match.',
          ),
      })
      .strict()
      .optional()
      .describe(
        'For a core method: the seed family it stands for on the home page, and which surveyed methods belong to it.',
      ),
    aliases: z
      .array(z.string().min(2))
      .default([])
      .describe(
        'Other names researchers use for the method or its idea, e.g. "next-scale prediction"; search weights them like the title.',
      ),
    family: z
      .enum(FAMILIES)
      .describe(
        'Generation paradigm of the generator behind the headline results: the order in which the image is produced.',
      ),
    backbone: z.enum(BACKBONES).describe('The network that models the sequence (or denoises).'),
    head: z
      .enum(HEADS)
      .optional()
      .describe(
        'For an autoregressive generator: what it outputs per token or step, e.g. categorical (softmax over codes) or diffusion (a per-token denoiser, as in MAR), whose own steps run inside each generator step.',
      ),
    tokenizer: tokenizerSchema,
    paper: paperSchema,
    code: z
      .object({
        url: z.url({ error: 'must be a full URL' }).describe('Official code repository URL.'),
        license: z
          .string()
          .min(1)
          .optional()
          .describe('SPDX identifier or name of the code licence, as the repository states it.'),
      })
      .strict()
      .optional()
      .describe('Official code, if released.'),
    summary: z.string().min(20).max(320).describe('One sentence: what the method does differently.'),
    builds_on: z.array(slug).default([]).describe('Slugs of methods on this site that this one builds on or answers.'),
    bibtex: bibtexSchema,
  })
  .strict();

/* ------------------------------------------------------------------ results */

export const sourceSchema = z
  .object({
    arxiv: arxivId.optional().describe('arXiv id of the paper whose table printed the number.'),
    version: z
      .string()
      .regex(PATTERNS.arxivVersion, { error: 'must be an arXiv version such as "v2", or "camera-ready"' })
      .optional()
      .describe('The version that was read: v1, v2, ... or camera-ready.'),
    table: z.string().min(1).optional().describe('Table (or figure/section) that prints the number, e.g. "Table 6".'),
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
    const paper = s.arxiv !== undefined || s.version !== undefined || s.table !== undefined;
    const repo = s.repo !== undefined || s.commit !== undefined || s.file !== undefined;
    if (paper && repo) {
      ctx.addIssue({
        code: 'custom',
        message: 'must be either a paper (arxiv, version, table) or a repository file (repo, commit, file), not both',
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

export const resultRowSchema = z
  .object({
    id: slug.describe('Stable row id, unique across the site, e.g. "var-d30-cfg-var".'),
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
    resolution: positiveInt('a positive whole number of pixels')
      .max(4096)
      .describe('Resolution at which FID was evaluated, e.g. 256.'),
    gen_resolution: positiveInt('a positive whole number of pixels')
      .max(4096)
      .optional()
      .describe(
        'Resolution the model generated at, when it differs or the source states it (e.g. 384, resized to 256).',
      ),
    metrics: z
      .object({
        fid: positive('a positive number')
          .max(1000, { error: 'must be at most 1000' })
          .describe('Fréchet Inception Distance (lower is better).'),
        is: positive('a positive number')
          .max(1000, { error: 'must be at most 1000' })
          .optional()
          .describe('Inception Score (higher is better).'),
        precision: fraction.optional().describe('Improved precision, as a fraction 0-1.'),
        recall: fraction.optional().describe('Improved recall, as a fraction 0-1.'),
      })
      .strict()
      .describe('Metrics as printed; FID is required.'),
    sampling: z
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
      .describe('How the samples were drawn.'),
    evaluation: z
      .object({
        samples: positiveInt('a positive whole number')
          .optional()
          .describe('Number of generated images used for FID, e.g. 50000.'),
        evaluator: z
          .string()
          .min(1)
          .optional()
          .describe('Evaluation code or reference statistics, e.g. "ADM evaluation suite".'),
      })
      .strict()
      .default({})
      .describe('How FID was computed, where stated.'),
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

export const resultsFileSchema = z
  .object({
    method: slug.describe('Slug of the method these rows belong to; must equal the file name.'),
    rows: z
      .array(resultRowSchema)
      .describe('One row per model, setting and source table; [] while none is entered yet.'),
  })
  .strict();

/* ----------------------------------------------------------------- concepts */

export const conceptSchema = z
  .object({
    title: z.string().min(1).describe('Page title, e.g. "Tokenizers: discrete and continuous".'),
    summary: z.string().min(20).max(320).describe('One sentence: what the page explains.'),
    order: positiveInt('a positive whole number').describe('Position in the concepts index (1 first).'),
    shows: z
      .array(z.enum(CONCEPT_PARTS))
      .default([])
      .describe(
        'What the page shows besides its text: glossary (every term of every concept page) or generation-orders (the three animated orders).',
      ),
    related_methods: z
      .array(slug)
      .default([])
      .describe('Slugs of methods the page discusses; their pages link back here.'),
    terms: z
      .array(
        z
          .object({
            term: z.string().min(1).describe('The term as a reader would look it up.'),
            anchor: slug.describe('Id of the heading on this page that explains the term.'),
            definition: z.string().min(10).describe('One-sentence definition for the glossary.'),
          })
          .strict(),
      )
      .default([])
      .describe('Terms this page explains; the glossary lists them all.'),
  })
  .strict();

/* ------------------------------------------------------------- translations */

/**
 * A page of another language's edition: `src/content/translations/<locale>/<kind>/<slug>.md`, where
 * kind is methods, concepts or pages. It names the English file it translates; the English page's
 * data (dates, numbers, sources, results) is never repeated here, only its prose and names.
 */
export const translationSchema = z
  .object({
    source: z
      .string()
      .regex(/^(?:src\/content\/(?:methods|concepts)\/[a-z0-9.-]+\.mdx|[A-Z]+\.md)$/)
      .describe('The English file this translates, from the repository root, e.g. "src/content/methods/mar.mdx".'),
    title: z.string().min(1).describe('The page title in this language.'),
    summary: z.string().min(10).max(320).describe('The English summary, translated.'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Names a reader of this language would search for (method pages); shown as "also called".'),
    spine: z
      .object({
        heading: z.string().min(1).describe("The home page's heading for this seed family."),
        text: z.string().min(20).describe("The home page's paragraph on this seed family, translated."),
      })
      .strict()
      .optional()
      .describe("A core method's home-page paragraph, translated; only where the English page has `spine`."),
    terms: z
      .array(
        z
          .object({
            anchor: slug.describe(
              "The English term's anchor: the heading id this term is explained under (the same id in both editions).",
            ),
            term: z.string().min(1).describe('The term in this language; the English term is shown beside it.'),
            definition: z.string().min(10).describe('The one-sentence definition, translated.'),
          })
          .strict(),
      )
      .default([])
      .describe("The English page's terms, translated, one per English term (concept pages)."),
  })
  .strict();

export const collections = {
  concepts: defineCollection({
    loader: glob(loaderOptions('concepts')),
    schema: conceptSchema,
  }),
  methods: defineCollection({
    loader: glob(loaderOptions('methods')),
    schema: methodSchema,
  }),
  results: defineCollection({
    loader: glob(loaderOptions('results')),
    schema: resultsFileSchema,
  }),
  translations: defineCollection({
    loader: glob({ pattern: '*/*/*.md', base: './src/content/translations' }),
    schema: translationSchema,
  }),
};
