/**
 * The one source of truth for every list of allowed values in the content model.
 * `src/content.config.ts` builds its `z.enum()`s from these lists; components and
 * filters read the labels from here too, so adding a value is a one-line change.
 */

/**
 * A method's place on the site: the seed methods whose families are its spine (long pages, the
 * generation-order view), the other autoregressive methods it surveys (shorter pages), and the
 * methods they are compared against.
 */
export const ROLES = ['core', 'surveyed', 'baseline'] as const;
export type Role = (typeof ROLES)[number];

export const ROLE_LABELS: Record<Role, string> = {
  core: 'Core: the four seed families',
  surveyed: 'Surveyed autoregressive method',
  baseline: 'Baseline (diffusion, GAN, earlier AR)',
};

/** What a paper changes, so that a reader can tell a new generator from a new tokenizer or sampler. */
export const CONTRIBUTIONS = ['generator', 'tokenizer', 'decoding', 'training'] as const;
export type Contribution = (typeof CONTRIBUTIONS)[number];

export const CONTRIBUTION_LABELS: Record<Contribution, string> = {
  generator: 'Generator',
  tokenizer: 'Tokenizer',
  decoding: 'Decoding',
  training: 'Training objective or guidance',
};

export const CONTRIBUTION_DESCRIPTIONS: Record<Contribution, string> = {
  generator: 'A new generative model or generation order.',
  tokenizer: 'A new image tokenizer, paired with an existing generator.',
  decoding: 'A faster or parallel way to sample from an existing autoregressive model.',
  training: 'A training objective or a guidance method applied to existing generators.',
};

/**
 * What the generator outputs for each token (or each step): a distribution over codes, or a small
 * model that samples a continuous vector. Its own sampling steps run inside every generator step.
 */
export const HEADS = ['categorical', 'diffusion', 'flow-matching', 'energy-score', 'gaussian-mixture', 'normalizing-flow', 'bernoulli-diffusion'] as const;
export type Head = (typeof HEADS)[number];

export const HEAD_LABELS: Record<Head, string> = {
  categorical: 'Categorical (softmax over codes)',
  diffusion: 'Diffusion head (per-token denoiser)',
  'flow-matching': 'Flow-matching head',
  'energy-score': 'Energy-score head',
  'gaussian-mixture': 'Gaussian mixture',
  'normalizing-flow': 'Normalizing flow',
  'bernoulli-diffusion': 'Bernoulli diffusion over binary codes',
};

/** Whether a number is the one the paper printed or a later release by its authors. */
export const RELEASES = ['paper', 'later'] as const;
export type Release = (typeof RELEASES)[number];

export const RELEASE_LABELS: Record<Release, string> = {
  paper: 'As in the paper',
  later: 'Later release by the authors',
};

/**
 * Generation paradigm: the order in which an image is produced and what one step predicts.
 * Each value has a label, a description and a colour pair (light theme, dark theme) from which
 * the `--family-<value>` custom property is built for every chart, timeline and legend.
 */
export const FAMILIES = [
  'next-token',
  'masked-random-order',
  'parallel-decoding',
  'next-scale',
  'diffusion',
  'gan',
] as const;
export type Family = (typeof FAMILIES)[number];

export const FAMILY_LABELS: Record<Family, string> = {
  'next-token': 'Next-token (raster order)',
  'masked-random-order': 'Masked / random-order autoregressive',
  'parallel-decoding': 'Parallel (multi-token) decoding',
  'next-scale': 'Next-scale prediction',
  diffusion: 'Diffusion',
  gan: 'GAN',
};

export const FAMILY_DESCRIPTIONS: Record<Family, string> = {
  'next-token': 'One token (or one block of tokens) per step in a fixed raster order, as a language model predicts the next word.',
  'masked-random-order': 'Tokens in a random or learned order, often several per step, predicted from the ones already known (MaskGIT, MAR).',
  'parallel-decoding': 'An autoregressive model that emits several tokens per forward pass in a fixed grouping (neighbours, regions), to cut sequential steps.',
  'next-scale': 'A whole token map per step, coarse to fine: each scale is predicted from the smaller ones (VAR).',
  diffusion: 'Iterative denoising of the whole image or latent.',
  gan: 'One forward pass of a generator trained adversarially.',
};

/** Colours of each family, [light theme, dark theme]; each passes 3:1 against its background. */
export const FAMILY_COLORS: Record<Family, readonly [string, string]> = {
  'next-token': ['#1f6feb', '#6ea8fe'],
  'masked-random-order': ['#b3261e', '#ff8a80'],
  'parallel-decoding': ['#00758f', '#5fd4e8'],
  'next-scale': ['#1b7f3b', '#6fdc8c'],
  diffusion: ['#7a4cc2', '#c8a2ff'],
  gan: ['#8a5a00', '#f2b84b'],
};

/** The network that models the sequence (or denoises, or generates). */
export const BACKBONES = [
  'decoder-transformer',
  'bidirectional-transformer',
  'mamba-ssm',
  'hybrid-ssm-transformer',
  'diffusion-unet',
  'diffusion-transformer',
  'convnet',
  'other',
] as const;
export type Backbone = (typeof BACKBONES)[number];

export const BACKBONE_LABELS: Record<Backbone, string> = {
  'decoder-transformer': 'Decoder-only Transformer (causal)',
  'bidirectional-transformer': 'Bidirectional Transformer',
  'mamba-ssm': 'Mamba (state-space model)',
  'hybrid-ssm-transformer': 'Hybrid Mamba + attention',
  'diffusion-unet': 'Diffusion U-Net',
  'diffusion-transformer': 'Diffusion Transformer',
  convnet: 'Convolutional network (GAN)',
  other: 'Other, or not verified in a primary source',
};

/** What the generator models: discrete codes, continuous latents, or raw pixels / no tokenizer. */
export const TOKENIZER_KINDS = ['discrete', 'continuous', 'none'] as const;
export type TokenizerKind = (typeof TOKENIZER_KINDS)[number];

export const TOKENIZER_KIND_LABELS: Record<TokenizerKind, string> = {
  discrete: 'Discrete (vector-quantized)',
  continuous: 'Continuous (latent vectors)',
  none: 'None (pixels or a non-tokenized latent)',
};

/** What a concept page shows besides its text: the full glossary, or the generation-order views. */
export const CONCEPT_PARTS = ['glossary', 'generation-orders'] as const;
export type ConceptPart = (typeof CONCEPT_PARTS)[number];

/** How the classifier-free guidance scale changes during sampling, when a source states it. */
export const CFG_SCHEDULES = ['constant', 'linear', 'power-cosine', 'other'] as const;
export type CfgSchedule = (typeof CFG_SCHEDULES)[number];

/** BibTeX entry types the site emits. */
export const BIBTEX_TYPES = ['article', 'inproceedings', 'misc'] as const;
export type BibtexType = (typeof BIBTEX_TYPES)[number];

/** Shapes of identifiers, shared by the schemas and the build-time guard. */
export const PATTERNS = {
  /** A method or row id: lower-case words joined by single hyphens (dots allowed inside words, e.g. "2.0"). */
  slug: /^[a-z0-9]+(?:[.][a-z0-9]+)*(?:-[a-z0-9]+(?:[.][a-z0-9]+)*)*$/,
  /** A new-style arXiv identifier without version: YYMM.NNNN until 2014, YYMM.NNNNN from 2015 (e.g. 2406.11838). */
  arxivId: /^(?:(?:0[7-9]|1[0-4])(?:0[1-9]|1[0-2])\.\d{4}|(?:1[5-9]|[2-9]\d)(?:0[1-9]|1[0-2])\.\d{5})$/,
  /** An arXiv version label, e.g. v1, v3; or the venue camera-ready text. */
  arxivVersion: /^(?:v[1-9]\d*|camera-ready)$/,
  /** A full 40-character git commit hash. */
  commit: /^[0-9a-f]{40}$/,
  /** A GitHub repository as owner/name. */
  repo: /^[A-Za-z0-9][A-Za-z0-9-]*\/[A-Za-z0-9._-]+$/,
} as const;
