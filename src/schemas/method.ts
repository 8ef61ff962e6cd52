/**
 * A method page's frontmatter: the method, its paper (with how precisely its first version is dated),
 * its tokenizer, code and BibTeX fields. Every field's `.describe()` is its comment and its entry in the
 * contribute page's field reference.
 */
import { z } from 'astro/zod';
import { BACKBONES, BIBTEX_TYPES, CONTRIBUTIONS, FAMILIES, HEADS, ROLES, TOKENIZER_KINDS, V1_READS } from '../lib/vocab';
import { arxivMonth, monthEnd, paperDateOf } from '../lib/dates';
import { arxivId, dayOrMonth, isCalendarDate, isoDate, positiveInt, previousMonth, slug } from './shared';

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
    // The table prints the kind before the name ("none: ..."): a name that repeats it reads twice.
    if (t.name !== undefined && new RegExp(`^${t.kind}\\b`, 'i').test(t.name))
      ctx.addIssue({
        code: 'custom',
        path: ['name'],
        message: `repeats the kind ("${t.kind}") that tables already print before it; give the name or description alone`,
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
    introduced: z
      .array(z.string().min(2).max(60))
      .default([])
      .describe(
        'The ideas this paper introduced, among the methods on this site, in the short words a reader types ("next-scale prediction", "next-scale", "coarse-to-fine"): search ranks this page first for them. One originator per idea: the build refuses a phrase that another page already claims.',
      ),
    bibtex: bibtexSchema,
  })
  .strict();

