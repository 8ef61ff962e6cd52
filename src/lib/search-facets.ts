/**
 * What the search index knows about a method page beyond its text: the filters a reader can
 * narrow by (result rows carry the same family, tokenizer and role; see search-records.ts).
 */
import type { Method } from './types';
import { BACKBONE_LABELS, CONTRIBUTION_LABELS, FAMILY_LABELS, TOKENIZER_KIND_LABELS } from './vocab';

export interface SearchFacets {
  /** Filter name -> value, one value each. */
  filters: Record<'family' | 'contribution' | 'tokenizer' | 'backbone' | 'year' | 'role' | 'kind', string>;
}

export function searchFacets(m: Method): SearchFacets {
  const d = m.data;
  return {
    filters: {
      family: FAMILY_LABELS[d.family],
      contribution: CONTRIBUTION_LABELS[d.contribution],
      tokenizer: TOKENIZER_KIND_LABELS[d.tokenizer.kind],
      backbone: BACKBONE_LABELS[d.backbone],
      year: String(d.paper.v1.getUTCFullYear()),
      role: d.role,
      kind: 'method page',
    },
  };
}

/** Pagefind's attribute syntax "name:value"; a comma would start another filter, so it is dropped. */
export const pagefindPair = (name: string, value: string) => `${name}:${value.replace(/,/g, '')}`;
