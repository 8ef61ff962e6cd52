// Synthetic method pages for the benchmark: one page of realistic length per index, with three
// sections of prose, a display formula, an inline formula and three results rows. The same
// content feeds the site's build and the Starlight comparison build.

const ORDERS = ['raster', 'random', 'multi-scale'];
const TOKENIZERS = ['discrete', 'continuous'];
const FAMILIES = ['next-token', 'masked-random-order', 'next-scale'];

/** The synthetic arXiv id of page `i`. */
// Numbers from 90000 up: no month of arXiv has reached them, so a synthetic page never claims a real
// paper that has a page on the site (the guard allows one page per paper).
const arxivId = (i) => `25${String(1 + (i % 12)).padStart(2, '0')}.${String(90000 + (i % 10000)).padStart(5, '0')}`;

/** The YAML text between the `---` lines of method page `i`. */
function frontmatter(i) {
  return `title: "Synthetic ${i}: a generated method page"
short_name: "Syn-${i}"
role: baseline
contribution: generator
family: ${FAMILIES[i % 3]}
backbone: decoder-transformer
tokenizer: { kind: discrete, downsample: 16, codebook_size: 16384 }
paper:
  arxiv: "${arxivId(i)}"
  title: "Synthetic Paper ${i}"
  authors: [A. Author, B. Author]
  v1: 2025-${String(1 + (i % 12)).padStart(2, '0')}-15
  v1_read: v1-header
summary: "A synthetic page of realistic length used only to measure the build and search at scale."
bibtex: { key: synthetic${i}, year: 2025 }`;
}

/** The Markdown body of method page `i`: three sections, a display and an inline formula. */
function body(i) {
  const para =
    `Synthetic method ${i} predicts image tokens autoregressively with a ${ORDERS[i % 3]} order, a ${TOKENIZERS[i % 2]} tokenizer and classifier-free guidance. `.repeat(
      6,
    );
  return `## Idea

${para}

$$
p(x_1, \\dots, x_n) = \\prod_{i=1}^{n} p(x_i \\mid x_{<i}), \\qquad \\mathcal{L} = -\\sum_i \\log p_\\theta(x_i \\mid x_{<i})
$$

## Tokenizer

${para}

## Training and sampling

${para} The guidance scale $s$ mixes logits as $\\ell = \\ell_u + s(\\ell_c - \\ell_u)$.
`;
}

/** The results file of method page `i`: three rows reported by the page itself. */
function resultsYaml(i, slug) {
  const rows = [1, 2, 3]
    .map(
      (k) => `  - id: ${slug}-${k}
    benchmark: imagenet-cc
    reported_in: ${slug}
    model: Syn-${i}-${k}
    params_m: ${100 * k + i}
    resolution: 256
    metrics: { fid: ${(2 + ((i * 7 + k) % 50) / 10).toFixed(2)}, is: ${200 + k} }
    sampling: { guidance: true, cfg: 1.5 }
    source: { arxiv: "${arxivId(i)}", version: v1, table: Table 1 }`,
    )
    .join('\n');
  return `method: ${slug}\nrows:\n${rows}\n`;
}

/** Synthetic method page `i`: its slug, frontmatter text, Markdown body and results YAML. */
export function syntheticPage(i) {
  const slug = `synthetic-${i}`;
  return { slug, frontmatter: frontmatter(i), body: body(i), resultsYaml: resultsYaml(i, slug) };
}
