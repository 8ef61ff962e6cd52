/**
 * Element ids that a method page's template uses. A heading in a page's Markdown body gets an id
 * from its text, so a heading "Results" would clash with the template's results section; the
 * content guard refuses such a heading (see content-check.ts).
 */
export const METHOD_PAGE_IDS = {
  results: 'results',
  cite: 'cite',
  order: 'generation-order',
  bibtex: 'bibtex',
  main: 'main-content',
  search: 'search-dialog',
} as const;

export const RESERVED_HEADING_IDS: ReadonlySet<string> = new Set(Object.values(METHOD_PAGE_IDS));
