/**
 * What the search index knows about a method page beyond its text: the filters a reader can
 * narrow by and the metadata shown with a result.
 */
import type { Method } from './types';
import { BACKBONE_LABELS, FAMILY_LABELS, TOKENIZER_KIND_LABELS } from './vocab';

export interface SearchFacets {
  /** Filter name -> value, one value each. */
  filters: Record<'family' | 'tokenizer' | 'backbone' | 'year' | 'role', string>;
  /** Metadata shown with a result. */
  meta: Record<'date' | 'arxiv', string>;
}

export function searchFacets(m: Method): SearchFacets {
  const d = m.data;
  return {
    filters: {
      family: FAMILY_LABELS[d.family],
      tokenizer: TOKENIZER_KIND_LABELS[d.tokenizer.kind],
      backbone: BACKBONE_LABELS[d.backbone],
      year: String(d.paper.v1.getUTCFullYear()),
      role: d.role,
    },
    meta: { date: d.paper.v1.toISOString().slice(0, 10), arxiv: d.paper.arxiv },
  };
}

/** Pagefind's attribute syntax "name:value"; a comma would start another filter, so it is dropped. */
export const pagefindPair = (name: string, value: string) => `${name}:${value.replace(/,/g, '')}`;
