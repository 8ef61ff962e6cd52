/**
 * 译名表: the Chinese edition's terminology, one record per term. It is the one source of truth for how the
 * edition writes a term. The build guard (src/lib/translation-check.ts) refuses a translation whose title,
 * summary, body or other prose uses a rejected variant. A unit test (tests/unit/zh-glossary.test.ts) refuses the
 * same in the interface strings (src/i18n/zh.ts) and the vocabulary labels (src/lib/vocab.ts).
 *
 * `aliases` are exempt: they are search words, and may keep an old rendering (矢量量化, 词元) so that a reader
 * who types it still finds the page.
 *
 * A variant goes into `rejected` only when it is wrong everywhere on this site. A variant with a legitimate
 * use elsewhere is left out, and the term's note says so: 家族 names a model family (Llama 家族), 类别 is a
 * class (类别条件), 扫描 is an SSM's scan, 步幅 is a convolution's stride. Where only its context makes a
 * variant wrong, it is a regular expression (a commit hash after 提交).
 */

/** One term of the Chinese edition. */
export interface GlossaryTerm {
  /** The English term as the English pages write it, e.g. "vector quantization (VQ)". */
  readonly en: string;
  /** What the Chinese edition writes, as it appears in running text, e.g. "向量量化（VQ）". */
  readonly zh: string;
  /**
   * Renderings the guard refuses outside `aliases`. A string is refused wherever it occurs; a regular
   * expression (without flags g or y) where the variant is wrong only in some contexts. Empty when every
   * other rendering has a legitimate use somewhere, or none has been seen.
   */
  readonly rejected: readonly (string | RegExp)[];
  /** One line: why this rendering, and which variants the guard leaves alone because they have legitimate uses. */
  readonly note: string;
}

/** A commit hash: 7 to 40 hex digits with at least one letter and one digit (so that a year or a count is not one). */
const HASH = String.raw`\b(?=[0-9a-f]*[a-f])(?=[0-9a-f]*\d)[0-9a-f]{7,40}\b`;

export const ZH_GLOSSARY: readonly GlossaryTerm[] = [
  // Generation and tokens.
  {
    en: 'autoregressive (AR)',
    zh: '自回归（AR）',
    rejected: [],
    note: 'Standard; 自回归 alone once the abbreviation is known.',
  },
  {
    en: 'next-token prediction',
    zh: '下一个 token 预测',
    rejected: ['下一词元预测'],
    note: 'Follows "token" below; 下一词元预测 stays only as a search alias.',
  },
  {
    en: 'next-scale prediction',
    zh: '下一尺度预测',
    rejected: [],
    note: "VAR's term, as Chinese write-ups of VAR give it.",
  },
  {
    en: 'token',
    zh: 'token',
    rejected: ['词元'],
    note: 'Image-generation writing keeps "token" (图像 token, 视觉 token); 词元 (the general NLP word) stays only in aliases.',
  },
  {
    en: 'token map',
    zh: 'token map',
    rejected: ['词元图'],
    note: '"token 图" is not refused: it occurs legitimately in 下一个 token 图像生成器.',
  },
  {
    en: 'continuous tokens',
    zh: '连续 token',
    rejected: ['连续词元'],
    note: 'As MAR write-ups say it; 连续词元 stays only as a search alias.',
  },
  {
    en: 'image tokenizer',
    zh: '图像分词器（分词器）',
    rejected: [],
    note: '分词器 is the interface\'s word (facet, facts box, table header); a model\'s own name may keep "tokenizer".',
  },
  {
    en: 'vector quantization (VQ)',
    zh: '向量量化（VQ）',
    rejected: ['矢量量化'],
    note: '向量量化 is what ML writing on VQ-VAE, VQGAN and MAR uses; 矢量量化 reads as signal processing and stays only as a search alias.',
  },
  {
    en: 'codebook',
    zh: '码本（codebook）',
    rejected: [],
    note: '编码本 is not refused: the guard would fire on 编码本身.',
  },
  {
    en: 'codebook usage',
    zh: '码本利用率',
    rejected: [],
    note: '使用率 is also fine in prose.',
  },
  {
    en: 'codebook collapse',
    zh: '码本坍塌',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'code vector',
    zh: '码向量',
    rejected: [],
    note: 'A codebook entry; its index is 码 or 索引.',
  },
  {
    en: 'codebook size ("16,384 codes")',
    zh: '码本大小',
    rejected: [/(?<![编解])码字/],
    note: '码字 (codeword) appears nowhere in the prose; refused except inside 编码字 or 解码字 (编码字段).',
  },
  {
    en: 'residual quantization (RQ)',
    zh: '残差量化（RQ）',
    rejected: [],
    note: 'Multi-scale residual quantization is 多尺度残差量化.',
  },
  {
    en: 'latent',
    zh: '潜变量',
    rejected: ['隐变量', '潜向量'],
    note: '隐状态 (the hidden state of an RNN or SSM) is another thing and is not refused.',
  },
  {
    en: 'latent space',
    zh: '潜空间',
    rejected: ['隐空间'],
    note: 'One word for the space the latents live in.',
  },
  {
    en: 'KL-regularized autoencoder',
    zh: 'KL 正则化自编码器（VAE）',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'latent diffusion model (LDM)',
    zh: '潜在扩散模型（LDM）',
    rejected: ['潜空间扩散模型'],
    note: "The name Chinese writing gives Rombach et al.'s model.",
  },
  {
    en: 'downsampling factor',
    zh: '下采样倍数',
    rejected: ['下采样率', '下采样因子'],
    note: '步幅 is not refused: it stays for a convolution\'s stride. "Sampled at 384" is 以 384 生成, never 下采样.',
  },
  {
    en: 'rFID',
    zh: 'rFID（重建 FID）',
    rejected: [],
    note: 'Reconstruction FID of a tokenizer.',
  },
  {
    en: 'gFID',
    zh: 'gFID（生成 FID）',
    rejected: [],
    note: 'Generation FID of a generator.',
  },

  // Objectives, heads and orders.
  {
    en: 'diffusion loss',
    zh: '扩散损失（Diffusion Loss）',
    rejected: [],
    note: "MAR's term, as Chinese abstracts of MAR give it.",
  },
  {
    en: 'denoising MLP',
    zh: '去噪 MLP',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'diffusion head',
    zh: '扩散头（扩散输出头）',
    rejected: [],
    note: 'Either form.',
  },
  {
    en: 'masked autoregressive (MAR)',
    zh: '掩码自回归（MAR）',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'masked generation',
    zh: '掩码生成',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'raster order',
    zh: '光栅顺序（光栅扫描顺序）',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'bidirectional attention',
    zh: '双向注意力',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'causal attention',
    zh: '因果注意力',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'block-wise causal mask',
    zh: '分块因果掩码',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'KV cache',
    zh: 'KV 缓存',
    rejected: [],
    note: '键值缓存 may gloss it once on a page.',
  },
  {
    en: 'teacher forcing',
    zh: '教师强制（teacher forcing）',
    rejected: [],
    note: 'Keep the English gloss on first use.',
  },
  {
    en: 'state-space model (SSM)',
    zh: '状态空间模型（SSM）',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'selective scan / parallel scan',
    zh: '选择性扫描 / 并行扫描',
    rejected: [],
    note: '扫描 is for a scan only; a hyper-parameter sweep is 遍历 or 网格搜索, but 扫描 is not refused since the guard cannot tell the two apart.',
  },
  {
    en: 'scaling law',
    zh: '缩放定律（scaling law）',
    rejected: [],
    note: 'Gloss the English on first use; 规模定律 is also understood.',
  },
  {
    en: 'generation paradigm (the taxonomy of methods)',
    zh: '范式（生成范式）',
    rejected: ['方法族'],
    note: '家族 and 类别 are not refused: 家族 is right for a model family (Llama 家族), 类别 means a class (类别条件); neither is written for a group of methods.',
  },
  {
    en: 'the four seed lines (the core methods)',
    zh: '四条主线',
    rejected: ['起点家族', '种子家族'],
    note: 'A seed method and the methods that build on it form one 主线.',
  },

  // Guidance and sampling.
  {
    en: 'classifier-free guidance (CFG)',
    zh: '无分类器引导（CFG）',
    rejected: ['无分类器指导'],
    note: 'Standard.',
  },
  {
    en: 'guidance scale',
    zh: '引导强度',
    rejected: ['引导尺度'],
    note: '尺度 is a scale of an image (下一尺度预测), never a guidance strength.',
  },
  {
    en: 'guidance schedule',
    zh: '引导调度',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'label dropout',
    zh: '标签丢弃（label dropout）',
    rejected: ['类别丢弃'],
    note: 'The class label is dropped; one name for it.',
  },
  {
    en: 'temperature',
    zh: '温度',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'top-k / top-p (nucleus) sampling',
    zh: 'top-k / top-p（核采样）',
    rejected: [],
    note: 'Keep top-k and top-p in English.',
  },
  {
    en: 'rejection sampling',
    zh: '拒绝采样',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'score (of a distribution)',
    zh: 'score 函数（分数函数）',
    rejected: [/得分（score）/, /原得分/],
    note: "得分 alone is not refused: it is right for a logit's score (得分最高的 k 个条目).",
  },
  {
    en: 'mode (of a distribution)',
    zh: '峰（mode）',
    rejected: [/众数（modes?）/],
    note: "众数 is the statistic of a sample; a distribution's modes are its 峰, and 众数（mode(s)） is refused.",
  },

  // Evaluation.
  {
    en: 'FID',
    zh: 'FID（Fréchet Inception 距离）',
    rejected: ['弗雷歇 Inception'],
    note: '弗雷歇距离 (the distance between the two Gaussians) is the mathematical name and is not refused.',
  },
  {
    en: 'Inception Score (IS)',
    zh: 'Inception Score（IS）',
    rejected: ['Inception 分数', 'Inception 得分'],
    note: 'The community keeps the English name.',
  },
  {
    en: 'precision / recall',
    zh: '精确率 / 召回率',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'reference batch',
    zh: '参考批次',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'reference statistics',
    zh: '参考统计量',
    rejected: [],
    note: 'Standard.',
  },
  {
    en: 'evaluator / evaluation code',
    zh: '评测器 / 评测代码',
    rejected: ['评估器', '评估代码', '评估套件'],
    note: '评估 as a verb ("assess") is ordinary Chinese and is not refused.',
  },
  {
    en: 'benchmark / baseline',
    zh: '基准 / 基线',
    rejected: [],
    note: '基准 means a benchmark; "not on the same footing" is 口径不同, not 不在同一基准上.',
  },
  {
    en: 'hyper-parameter sweep',
    zh: '遍历（网格搜索）',
    rejected: [/扫描了?(?:引导|温度)/, /引导(?:强度|参数)的?扫描/],
    note: '扫描 is kept for a scan (see selective scan), so only its use for a sweep of guidance or temperature is refused.',
  },

  // Training.
  {
    en: 'batch size',
    zh: '批大小（全局批大小）',
    rejected: ['批量大小', '批次大小', '全局批量'],
    note: 'One form; 参考批次 (reference batch) is another term.',
  },
  {
    en: 'epoch',
    zh: 'epoch（epoch 数）',
    rejected: ['训练轮数'],
    note: 'The community keeps "epoch".',
  },

  // Sources.
  {
    en: "as printed (a paper's number)",
    zh: '论文给出 / 论文所列',
    rejected: [/(?<!打)印出/, '所印'],
    note: 'Chinese writing does not say a paper 印出 a number; 打印出 (a script prints) is not refused.',
  },
  {
    en: 'commit (git)',
    zh: 'commit fe470ac',
    rejected: [new RegExp(`提交 ?${HASH}`), new RegExp(`${HASH} ?版`)],
    note: 'The community keeps "commit"; 提交 alone (to commit, a pull request) is fine.',
  },
  {
    en: 'fork (of a repository)',
    zh: 'fork（定制版）',
    rejected: ['定制分支', '定制的分支'],
    note: '分支 is a git branch and is not refused on its own.',
  },
  {
    en: 'venue',
    zh: '发表会议 / 期刊',
    rejected: ['发表场所'],
    note: 'Name the conference or journal.',
  },
  {
    en: 'image (measure word)',
    zh: '张（50,000 张图像）',
    rejected: [/(?<!整)幅(?=(?:真实|生成)?图像)/, '一幅'],
    note: 'One measure word for images; 整幅图像 ("the whole image") and 幅度 (magnitude) are not refused.',
  },
];
