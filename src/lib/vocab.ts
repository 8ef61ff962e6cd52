/**
 * The one source of truth for every list of allowed values in the content model, one record per
 * value: its labels (and, where it has them, description and colours) in every edition's language.
 * `src/content.config.ts` builds its `z.enum()`s from the value lists derived here; components,
 * filters and both editions read the labels through `src/i18n/vocab-labels.ts`, so a new value is
 * one entry here.
 */

/** A text in every language of the site. */
export interface Bilingual {
  en: string;
  zh: string;
}

/** One vocabulary value: its label and, for some vocabularies, a description. */
export interface VocabEntry {
  label: Bilingual;
  description?: Bilingual;
}

/** The values of a vocabulary, in declaration order, as the non-empty tuple `z.enum()` takes. */
const valuesOf = <K extends string>(vocab: Record<K, unknown>) => Object.keys(vocab) as [K, ...K[]];

/** Every value's label in one language. */
export const labelsIn = <K extends string>(vocab: Record<K, VocabEntry>, lang: keyof Bilingual): Record<K, string> =>
  Object.fromEntries(Object.entries<VocabEntry>(vocab).map(([k, v]) => [k, v.label[lang]])) as Record<K, string>;

/** Every value's description in one language (an empty string where a value has none). */
export const descriptionsIn = <K extends string>(
  vocab: Record<K, VocabEntry>,
  lang: keyof Bilingual,
): Record<K, string> =>
  Object.fromEntries(Object.entries<VocabEntry>(vocab).map(([k, v]) => [k, v.description?.[lang] ?? ''])) as Record<
    K,
    string
  >;

/**
 * A method's place on the site: the seed methods whose families are its spine (long pages, the
 * generation-order view), the other autoregressive methods it surveys (shorter pages), and the
 * methods they are compared against.
 */
export const ROLE = {
  core: { label: { en: 'Core: the four seed families', zh: '核心：四条主线' } },
  surveyed: { label: { en: 'Surveyed autoregressive method', zh: '综述收录的自回归方法' } },
  baseline: { label: { en: 'Baseline (diffusion, GAN, earlier AR)', zh: '基线（扩散、GAN、早期自回归）' } },
} satisfies Record<string, VocabEntry>;
export const ROLES = valuesOf(ROLE);
export type Role = (typeof ROLES)[number];

/** What a paper changes, so that a reader can tell a new generator from a new tokenizer or sampler. */
export const CONTRIBUTION = {
  generator: {
    label: { en: 'Generator', zh: '生成器' },
    description: { en: 'A new generative model or generation order.', zh: '新的生成模型或生成顺序。' },
  },
  tokenizer: {
    label: { en: 'Tokenizer', zh: '分词器' },
    description: {
      en: 'A new image tokenizer, paired with an existing generator.',
      zh: '新的图像分词器，与已有生成器配合使用。',
    },
  },
  decoding: {
    label: { en: 'Decoding', zh: '解码' },
    description: {
      en: 'A faster or parallel way to sample from an existing autoregressive model.',
      zh: '从已有自回归模型中更快或并行采样的方法。',
    },
  },
  training: {
    label: { en: 'Training objective or guidance', zh: '训练目标或引导' },
    description: {
      en: 'A training objective or a guidance method applied to existing generators.',
      zh: '用于已有生成器的训练目标或引导方法。',
    },
  },
} satisfies Record<string, VocabEntry>;
export const CONTRIBUTIONS = valuesOf(CONTRIBUTION);
export type Contribution = (typeof CONTRIBUTIONS)[number];

/**
 * What the generator outputs for each token (or each step): a distribution over codes, or a small
 * model that samples a continuous vector. Its own sampling steps run inside every generator step.
 */
export const HEAD = {
  categorical: { label: { en: 'Categorical (softmax over codes)', zh: '类别分布（码本上的 softmax）' } },
  diffusion: { label: { en: 'Diffusion head (per-token denoiser)', zh: '扩散头（逐 token 去噪器）' } },
  'flow-matching': { label: { en: 'Flow-matching head', zh: '流匹配头' } },
  'energy-score': { label: { en: 'Energy-score head', zh: '能量分数头' } },
  'gaussian-mixture': { label: { en: 'Gaussian mixture', zh: '高斯混合' } },
  'normalizing-flow': { label: { en: 'Normalizing flow', zh: '归一化流' } },
  'bernoulli-diffusion': { label: { en: 'Bernoulli diffusion over binary codes', zh: '二值码上的伯努利扩散' } },
} satisfies Record<string, VocabEntry>;
export const HEADS = valuesOf(HEAD);
export type Head = (typeof HEADS)[number];

/** Whether a number is the one the paper printed or a later release by its authors. */
export const RELEASE = {
  paper: { label: { en: 'As in the paper', zh: '论文原始数字' } },
  later: { label: { en: 'Later release by the authors', zh: '作者后续发布' } },
} satisfies Record<string, VocabEntry>;
export const RELEASES = valuesOf(RELEASE);
export type Release = (typeof RELEASES)[number];

/** A family's entry: besides its label and description, its colours [light theme, dark theme]. */
interface FamilyEntry extends VocabEntry {
  description: Bilingual;
  /** Each passes 3:1 against its theme's background. */
  colors: readonly [string, string];
}

/**
 * Generation paradigm: the order in which an image is produced and what one step predicts. Each
 * value's colour pair becomes the `--family-<value>` custom property of every chart, timeline and legend.
 */
export const FAMILY = {
  'next-token': {
    label: { en: 'Next-token (raster order)', zh: '下一个 token 预测（光栅顺序）' },
    description: {
      en: 'One token (or one block of tokens) per step in a fixed raster order, as a language model predicts the next word.',
      zh: '按固定的光栅顺序每步生成一个 token（或一块 token），如同语言模型预测下一个词。',
    },
    colors: ['#1f6feb', '#6ea8fe'],
  },
  'masked-random-order': {
    label: { en: 'Masked / random-order autoregressive', zh: '掩码/随机顺序自回归' },
    description: {
      en: 'Tokens in a random or learned order, often several per step, predicted from the ones already known (MaskGIT, MAR).',
      zh: '按随机或学习得到的顺序生成 token，通常每步多个，由已知的 token 预测（MaskGIT、MAR）。',
    },
    colors: ['#b3261e', '#ff8a80'],
  },
  'parallel-decoding': {
    label: { en: 'Parallel (multi-token) decoding', zh: '并行（多 token）解码' },
    description: {
      en: 'An autoregressive model that emits several tokens per forward pass in a fixed grouping (neighbours, regions), to cut sequential steps.',
      zh: '按固定分组（相邻位置、区域）每次前向输出多个 token 的自回归模型，以减少串行步数。',
    },
    colors: ['#00758f', '#5fd4e8'],
  },
  'next-scale': {
    label: { en: 'Next-scale prediction', zh: '下一尺度预测' },
    description: {
      en: 'A whole token map per step, coarse to fine: each scale is predicted from the smaller ones (VAR).',
      zh: '每步生成一整张 token map，由粗到细：每个尺度由更小的尺度预测（VAR）。',
    },
    colors: ['#1b7f3b', '#6fdc8c'],
  },
  diffusion: {
    label: { en: 'Diffusion', zh: '扩散' },
    description: { en: 'Iterative denoising of the whole image or latent.', zh: '对整幅图像或潜变量迭代去噪。' },
    colors: ['#7a4cc2', '#c8a2ff'],
  },
  gan: {
    label: { en: 'GAN', zh: 'GAN' },
    description: {
      en: 'One forward pass of a generator trained adversarially.',
      zh: '对抗训练的生成器，一次前向即得图像。',
    },
    colors: ['#8a5a00', '#f2b84b'],
  },
} satisfies Record<string, FamilyEntry>;
export const FAMILIES = valuesOf(FAMILY);
export type Family = (typeof FAMILIES)[number];

/** The network that models the sequence (or denoises, or generates). */
export const BACKBONE = {
  'decoder-transformer': { label: { en: 'Decoder-only Transformer (causal)', zh: '仅解码器 Transformer（因果）' } },
  'bidirectional-transformer': { label: { en: 'Bidirectional Transformer', zh: '双向 Transformer' } },
  'mamba-ssm': { label: { en: 'Mamba (state-space model)', zh: 'Mamba（状态空间模型）' } },
  'hybrid-ssm-transformer': { label: { en: 'Hybrid Mamba + attention', zh: 'Mamba 与注意力混合' } },
  'diffusion-unet': { label: { en: 'Diffusion U-Net', zh: '扩散 U-Net' } },
  'diffusion-transformer': { label: { en: 'Diffusion Transformer', zh: '扩散 Transformer' } },
  convnet: { label: { en: 'Convolutional network (GAN)', zh: '卷积网络（GAN）' } },
  other: { label: { en: 'Other, or not verified in a primary source', zh: '其他，或未在一手来源中核实' } },
} satisfies Record<string, VocabEntry>;
export const BACKBONES = valuesOf(BACKBONE);
export type Backbone = (typeof BACKBONES)[number];

/** What the generator models: discrete codes, continuous latents, or raw pixels / no tokenizer. */
export const TOKENIZER_KIND = {
  discrete: { label: { en: 'Discrete (vector-quantized)', zh: '离散（向量量化）' } },
  continuous: { label: { en: 'Continuous (latent vectors)', zh: '连续（潜变量）' } },
  none: { label: { en: 'None (pixels or a non-tokenized latent)', zh: '无（像素，或未离散化为 token 的潜空间）' } },
} satisfies Record<string, VocabEntry>;
export const TOKENIZER_KINDS = valuesOf(TOKENIZER_KIND);
export type TokenizerKind = (typeof TOKENIZER_KINDS)[number];

/**
 * How the day of a paper's first arXiv version was read. Only a primary source (the v1 header, the
 * arXiv record) gives a day; otherwise the date is the month alone, and no list orders two papers of
 * one month by a day nobody read.
 */
export const V1_READ = {
  'v1-header': {
    label: { en: 'day read in the v1 header', zh: '日期读自 v1 页眉' },
    description: {
      en: 'The day printed in the header of version 1 of the paper (PDF or HTML), e.g. "arXiv:2406.11838v1 [cs.CV] 17 Jun 2024".',
      zh: '论文第 1 版（PDF 或 HTML）页眉所列的日期，例如“arXiv:2406.11838v1 [cs.CV] 17 Jun 2024”。',
    },
  },
  'arxiv-record': {
    label: { en: 'day read in the arXiv record', zh: '日期读自 arXiv 记录' },
    description: {
      en: 'The "Submitted on" day of version 1 on arXiv\u2019s own abstract page or listing, or a verbatim copy of it.',
      zh: 'arXiv 自身摘要页或列表中第 1 版的“Submitted on”（提交于）日期，或其逐字副本。',
    },
  },
  'not-read': {
    label: { en: 'day not read in a primary source', zh: '日期未在一手来源中读到' },
    description: {
      en: 'No primary source showed the day: the date is the month only.',
      zh: '没有一手来源给出具体日期：只记到月份。',
    },
  },
} satisfies Record<string, VocabEntry>;
export const V1_READS = valuesOf(V1_READ);
export type V1Read = (typeof V1_READS)[number];

/**
 * How a text-to-image result's prompts were handled, as its source says: the benchmark's own prompts,
 * prompts rewritten by a language model, the model's own reasoning written before it draws, or not said.
 * Boards rank each kind apart; a number whose handling is not stated is never ranked with the others.
 */
export const PROMPT = {
  original: { label: { en: 'original prompts', zh: '原始提示' } },
  rewritten: { label: { en: 'rewritten prompts', zh: '改写后的提示' } },
  'self-reasoning': { label: { en: 'own reasoning first', zh: '先自行推理' } },
  'not-stated': { label: { en: 'prompt handling not stated', zh: '未说明提示处理' } },
} satisfies Record<string, VocabEntry>;
export const PROMPTS = valuesOf(PROMPT);
export type Prompt = (typeof PROMPTS)[number];

/** What training a text-to-image model had after pre-training, as its source says. */
export const POST_TRAINING = {
  none: { label: { en: 'none', zh: '无' } },
  sft: { label: { en: 'supervised fine-tuning', zh: '监督微调' } },
  preference: { label: { en: 'preference optimisation', zh: '偏好优化' } },
  rl: { label: { en: 'reinforcement learning', zh: '强化学习' } },
  'not-stated': { label: { en: 'not stated', zh: '未说明' } },
} satisfies Record<string, VocabEntry>;
export const POST_TRAININGS = valuesOf(POST_TRAINING);
export type PostTraining = (typeof POST_TRAININGS)[number];

/** Why a method the survey knows of is not on its boards (the census, src/content/census.yaml). */
export const CENSUS_REASON = {
  'no-first-hand-number': {
    label: { en: 'no first-hand number yet', zh: '尚无一手数字' },
    description: {
      en: 'Neither its paper (abstract included) nor its official repository, as read, prints a result the boards hold.',
      zh: '按已读到的内容，其论文（含摘要）与官方仓库都没有给出榜单所收的结果。',
    },
  },
  'relative-only': {
    label: { en: 'relative claims only', zh: '只有相对提升' },
    description: {
      en: 'Its source gives speed-ups or improvements over a base model, not a number of its own.',
      zh: '来源只给出相对基础模型的加速或提升，没有自己的数字。',
    },
  },
  'no-setting': {
    label: { en: 'setting not stated', zh: '未注明设置' },
    description: {
      en: 'A number is printed, but not the resolution or benchmark setting a board needs to place it.',
      zh: '给出了数字，但没有注明榜单归类所需的分辨率或评测设置。',
    },
  },
  'out-of-scope': {
    label: { en: 'outside the boards', zh: '不在榜单范围内' },
    description: {
      en: 'Its results are on another dataset or resolution, or on a benchmark the site does not hold.',
      zh: '其结果属于其他数据集、分辨率，或本站未收录的基准。',
    },
  },
  'no-arxiv-paper': {
    label: { en: 'no arXiv paper', zh: '没有 arXiv 论文' },
    description: {
      en: 'A method page is a paper with an arXiv identifier; this model was released without one (a repository, a model card or a report).',
      zh: '本站每个方法页对应一篇有 arXiv 编号的论文；该模型没有（只有代码仓库、模型卡或技术报告）。',
    },
  },
  'reprints-only': {
    label: { en: "only other papers' reprints", zh: '只有他人论文的转引' },
    description: {
      en: 'Its numbers were found only in other papers\u2019 comparison tables.',
      zh: '其数字只见于其他论文的对比表。',
    },
  },
  'placeholder-repository': {
    label: { en: 'placeholder repository', zh: '占位仓库' },
    description: {
      en: 'The announced repository holds no code or results yet.',
      zh: '所公布的代码仓库尚无代码或结果。',
    },
  },
  withdrawn: {
    label: { en: 'withdrawn', zh: '已撤回' },
    description: { en: 'The paper was withdrawn.', zh: '论文已撤回。' },
  },
} satisfies Record<string, VocabEntry>;
export const CENSUS_REASONS = valuesOf(CENSUS_REASON);
export type CensusReason = (typeof CENSUS_REASONS)[number];

/** What a concept page shows besides its text: the full glossary, or the generation-order views. */
export const CONCEPT_PARTS = ['glossary', 'generation-orders'] as const;

/** How the classifier-free guidance scale changes during sampling, when a source states it. */
export const CFG_SCHEDULES = ['constant', 'linear', 'power-cosine', 'other'] as const;
export type CfgSchedule = (typeof CFG_SCHEDULES)[number];

/** BibTeX entry types the site emits. */
export const BIBTEX_TYPES = ['article', 'inproceedings', 'misc'] as const;

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
