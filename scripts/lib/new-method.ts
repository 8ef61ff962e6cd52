/**
 * The files `npm run new` writes for a new method: a frontmatter stub that passes validation,
 * a short body to replace, and a results file with no rows yet. Pure: the script does the IO.
 */
import { PATTERNS } from '../../src/lib/vocab';
import { arxivMonth } from '../../src/lib/dates';

export interface NewMethodInput {
  slug: string;
  title: string;
  arxiv: string;
  /** Today, YYYY-MM-DD (the year of the BibTeX placeholder). */
  today: string;
}

/** Problems with the input, each a sentence; empty when the files can be written. */
export function checkNewMethod(input: NewMethodInput, existingSlugs: readonly string[]): string[] {
  const problems: string[] = [];
  if (!PATTERNS.slug.test(input.slug))
    problems.push(`slug "${input.slug}" must be lower-case words joined by hyphens, e.g. "my-method"`);
  if (existingSlugs.includes(input.slug))
    problems.push(`slug "${input.slug}" is taken: src/content/methods/${input.slug}.mdx exists`);
  if (!PATTERNS.arxivId.test(input.arxiv))
    problems.push(`arXiv id "${input.arxiv}" must look like 2406.11838 (no "arXiv:" prefix, no version)`);
  if (input.title.trim().length === 0)
    problems.push('the title must not be empty (use --title "The paper\'s exact title")');
  return problems;
}

const yamlString = (s: string) => JSON.stringify(s);

export function methodStub({ slug, title, arxiv, today }: NewMethodInput): string {
  const year = Number(today.slice(0, 4));
  return `---
title: ${yamlString(`${title}`)}
short_name: ${yamlString(slug.toUpperCase().slice(0, 24))}
role: surveyed
contribution: generator # TODO: generator, tokenizer, decoding or training
family: next-token # TODO: one of the paradigms in the field reference
backbone: decoder-transformer # TODO
tokenizer:
  kind: discrete # TODO: discrete, continuous or none
paper:
  arxiv: "${arxiv}"
  title: ${yamlString(title)}
  authors: ["TODO: first author", "TODO: other authors in order"]
  v1: "${arxivMonth(arxiv) ?? today.slice(0, 7)}" # TODO: the day of arXiv version 1 (YYYY-MM-DD) once read in its header or arXiv record
  v1_read: not-read # TODO: v1-header or arxiv-record once the day is read
summary: "TODO: one sentence on what this method does differently."
bibtex:
  key: ${slug.replace(/[^a-z0-9]/g, '')}${year}
  type: article
  journal: "arXiv preprint arXiv:${arxiv}"
  year: ${year}
---

## The problem and the idea

TODO: in your own words, what problem the paper addresses and its one-line idea.

## Factorization

TODO: the likelihood or loss, for example $$p(x) = \\prod_{i} p(x_i \\mid x_{<i})$$
`;
}

export function resultsStub(slug: string): string {
  return `# yaml-language-server: $schema=../../../schemas/results.schema.json
# Results of ${slug}: one row per model, setting and source table (see CONTRIBUTING.md).
method: ${slug}
rows: []
`;
}
