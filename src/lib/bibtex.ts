/**
 * The BibTeX entry of a method's paper, built from its validated frontmatter.
 */
import type { MethodData } from './types';

/** Every character BibTeX or LaTeX treats specially inside a braced value, and what stands for it. */
const SPECIAL: Record<string, string> = {
  '\\': '\\textbackslash{}',
  '{': '\\{',
  '}': '\\}',
  '~': '\\textasciitilde{}',
  '^': '\\textasciicircum{}',
  '&': '\\&',
  '%': '\\%',
  $: '\\$',
  '#': '\\#',
  _: '\\_',
};

/** Escapes every special character, so that any text is one well-formed braced value. */
export function escapeBibtex(s: string): string {
  return s.replace(/[\\{}~^&%$#_]/g, (c) => SPECIAL[c]);
}

/**
 * Names that are capitalised in every position of a title, although they are written like
 * ordinary words; bibliography styles that lower-case titles must keep them.
 */
const PROPER = new Set([
  'Mamba',
  'Llama',
  'Transformer',
  'Transformers',
  'Gaussian',
  'Bernoulli',
  'Markov',
  'Markovian',
  'Fourier',
  'Fréchet',
  'Inception',
  'Kaiming',
]);

/**
 * A title as a BibTeX value: escaped, with each word that must keep its capitals (an acronym, a
 * name with inner capitals such as "ImageNet", a word with digits such as "1D", or a proper name)
 * wrapped in braces, so that styles which lower-case titles print "ImageNet", not "imagenet".
 */
export function bibtexTitle(title: string): string {
  return title
    .split(/(\s+)/)
    .map((word) => {
      if (/^\s*$/.test(word)) return word;
      const core = word.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, '');
      const keep = /\p{Lu}/u.test(core.slice(1)) || (/\p{N}/u.test(core) && /\p{L}/u.test(core)) || PROPER.has(core);
      return keep ? `{${escapeBibtex(word)}}` : escapeBibtex(word);
    })
    .join('');
}

/** "Tianhong Li" -> "Li, Tianhong"; a name with one word stays as it is. */
export function invertName(name: string): string {
  const parts = name.trim().split(/\s+/);
  if (parts.length < 2) return name.trim();
  const last = parts.pop() as string;
  return `${last}, ${parts.join(' ')}`;
}

/** A complete BibTeX entry: title and authors from the paper, venue fields from `bibtex`, arXiv eprint. */
export function toBibtex(m: Pick<MethodData, 'paper' | 'bibtex'>): string {
  const { paper, bibtex } = m;
  const fields: Array<[string, string]> = [
    ['title', bibtexTitle(paper.title)],
    ['author', paper.authors.map(invertName).map(escapeBibtex).join(' and ')],
  ];
  if (bibtex.journal) fields.push(['journal', escapeBibtex(bibtex.journal)]);
  if (bibtex.booktitle) fields.push(['booktitle', escapeBibtex(bibtex.booktitle)]);
  fields.push(['year', String(bibtex.year)]);
  fields.push(['eprint', paper.arxiv], ['archivePrefix', 'arXiv'], ['url', `https://arxiv.org/abs/${paper.arxiv}`]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${bibtex.type}{${bibtex.key},\n${body}\n}`;
}
