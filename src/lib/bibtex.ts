/**
 * The BibTeX entry of a method's paper, built from its validated frontmatter.
 */
import type { MethodData } from './types';

/** Escapes characters that BibTeX treats specially inside a braced value. */
export function escapeBibtex(s: string): string {
  return s.replace(/([&%$#_])/g, '\\$1');
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
    ['title', escapeBibtex(paper.title)],
    ['author', paper.authors.map(invertName).map(escapeBibtex).join(' and ')],
  ];
  if (bibtex.journal) fields.push(['journal', escapeBibtex(bibtex.journal)]);
  if (bibtex.booktitle) fields.push(['booktitle', escapeBibtex(bibtex.booktitle)]);
  fields.push(['year', String(bibtex.year)]);
  fields.push(['eprint', paper.arxiv], ['archivePrefix', 'arXiv'], ['url', `https://arxiv.org/abs/${paper.arxiv}`]);
  const body = fields.map(([k, v]) => `  ${k} = {${v}}`).join(',\n');
  return `@${bibtex.type}{${bibtex.key},\n${body}\n}`;
}
