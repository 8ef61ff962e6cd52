/**
 * The one source of truth for every list of allowed values in the content model.
 * `src/content.config.ts` builds its `z.enum()`s from these lists; components and
 * filters read the labels from here too, so adding a value is a one-line change.
 */

/** Whether a method is one of the survey's subjects or a point of comparison. */
export const ROLES = ['core', 'baseline'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Generation paradigm: the order in which an image is produced and what one step predicts.
 */
export const FAMILIES = [
  'next-token',
  'masked-random-order',
  'next-scale',
  'diffusion',
  'gan',
] as const;
export type Family = (typeof FAMILIES)[number];

export const FAMILY_LABELS: Record<Family, string> = {
  'next-token': 'Next-token (raster order)',
  'masked-random-order': 'Masked / random-order autoregressive',
  'next-scale': 'Next-scale prediction',
  diffusion: 'Diffusion',
  gan: 'GAN',
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
