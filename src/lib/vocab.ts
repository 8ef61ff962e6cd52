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

export const ROLE_LABELS_ZH: Record<Role, string> = {
  core: '核心：四个起点家族',
  surveyed: '综述收录的自回归方法',
  baseline: '基线（扩散、GAN、早期自回归）',
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

export const CONTRIBUTION_LABELS_ZH: Record<Contribution, string> = {
  generator: '生成器',
  tokenizer: '分词器',
  decoding: '解码',
  training: '训练目标或引导',
};

/**
 * What the generator outputs for each token (or each step): a distribution over codes, or a small
 * model that samples a continuous vector. Its own sampling steps run inside every generator step.
 */
export const HEADS = [
  'categorical',
  'diffusion',
  'flow-matching',
  'energy-score',
  'gaussian-mixture',
  'normalizing-flow',
  'bernoulli-diffusion',
] as const;
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

export const HEAD_LABELS_ZH: Record<Head, string> = {
  categorical: '类别分布（码本上的 softmax）',
  diffusion: '扩散头（逐词元去噪器）',
  'flow-matching': '流匹配头',
  'energy-score': '能量分数头',
  'gaussian-mixture': '高斯混合',
  'normalizing-flow': '归一化流',
  'bernoulli-diffusion': '二值码上的伯努利扩散',
};

/** Whether a number is the one the paper printed or a later release by its authors. */
export const RELEASES = ['paper', 'later'] as const;
export type Release = (typeof RELEASES)[number];

export const RELEASE_LABELS: Record<Release, string> = {
  paper: 'As in the paper',
  later: 'Later release by the authors',
};

export const RELEASE_LABELS_ZH: Record<Release, string> = {
  paper: '论文原始数字',
  later: '作者后续发布',
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

export const FAMILY_LABELS_ZH: Record<Family, string> = {
  'next-token': '下一词元预测（光栅顺序）',
  'masked-random-order': '掩码 / 随机顺序自回归',
  'parallel-decoding': '并行（多词元）解码',
  'next-scale': '下一尺度预测',
  diffusion: '扩散',
  gan: 'GAN',
};

export const FAMILY_DESCRIPTIONS: Record<Family, string> = {
  'next-token':
    'One token (or one block of tokens) per step in a fixed raster order, as a language model predicts the next word.',
  'masked-random-order':
    'Tokens in a random or learned order, often several per step, predicted from the ones already known (MaskGIT, MAR).',
  'parallel-decoding':
    'An autoregressive model that emits several tokens per forward pass in a fixed grouping (neighbours, regions), to cut sequential steps.',
  'next-scale': 'A whole token map per step, coarse to fine: each scale is predicted from the smaller ones (VAR).',
  diffusion: 'Iterative denoising of the whole image or latent.',
  gan: 'One forward pass of a generator trained adversarially.',
};

export const FAMILY_DESCRIPTIONS_ZH: Record<Family, string> = {
  'next-token': '按固定的光栅顺序每步生成一个词元（或一块词元），如同语言模型预测下一个词。',
  'masked-random-order': '按随机或学习得到的顺序生成词元，通常每步多个，由已知的词元预测（MaskGIT、MAR）。',
  'parallel-decoding': '按固定分组（相邻位置、区域）每次前向输出多个词元的自回归模型，以减少串行步数。',
  'next-scale': '每步生成一整张词元图，由粗到细：每个尺度由更小的尺度预测（VAR）。',
  diffusion: '对整幅图像或潜变量迭代去噪。',
  gan: '对抗训练的生成器，一次前向即得图像。',
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

export const BACKBONE_LABELS_ZH: Record<Backbone, string> = {
  'decoder-transformer': '仅解码器 Transformer（因果）',
  'bidirectional-transformer': '双向 Transformer',
  'mamba-ssm': 'Mamba（状态空间模型）',
  'hybrid-ssm-transformer': 'Mamba 与注意力混合',
  'diffusion-unet': '扩散 U-Net',
  'diffusion-transformer': '扩散 Transformer',
  convnet: '卷积网络（GAN）',
  other: '其他，或未在一手来源中核实',
};

/** What the generator models: discrete codes, continuous latents, or raw pixels / no tokenizer. */
export const TOKENIZER_KINDS = ['discrete', 'continuous', 'none'] as const;
export type TokenizerKind = (typeof TOKENIZER_KINDS)[number];

export const TOKENIZER_KIND_LABELS: Record<TokenizerKind, string> = {
  discrete: 'Discrete (vector-quantized)',
  continuous: 'Continuous (latent vectors)',
  none: 'None (pixels or a non-tokenized latent)',
};

export const TOKENIZER_KIND_LABELS_ZH: Record<TokenizerKind, string> = {
  discrete: '离散（矢量量化）',
  continuous: '连续（潜向量）',
  none: '无（像素或未分词的潜空间）',
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
