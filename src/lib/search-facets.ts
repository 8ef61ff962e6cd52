/**
 * What the search index knows about a method page beyond its text: the filters a reader can
 * narrow by (result rows carry the same family, tokenizer and role; see search-records.ts).
 */
import type { Method } from './types';
import { vocabLabels } from '../i18n/vocab-labels';
import { en, type Dictionary } from '../i18n/en';
import type { Locale } from '../i18n/locales';
import { FACETS } from './facets';

export interface SearchFacets {
  /** Filter name -> value, one value each; names and values in the page's language (each language has its own index). */
  filters: Record<string, string>;
}

export function searchFacets(m: Method, locale: Locale = 'en', dict: Dictionary = en): SearchFacets {
  const d = m.data;
  const labels = vocabLabels(locale);
  const name = dict.search.facets;
  return {
    filters: {
      ...Object.fromEntries(
        FACETS.map((f) => [name[f.key], (labels[f.labels] as Record<string, string>)[f.ofMethod(d)]]),
      ),
      [name.year]: String(d.paper.v1.getUTCFullYear()),
      [name.role]: locale === 'en' ? d.role : labels.role[d.role],
      [name.kind]: dict.search.pageKind,
    },
  };
}

/** Pagefind's attribute syntax "name:value"; a comma would start another filter, so it is dropped. */
export const pagefindPair = (name: string, value: string) => `${name}:${value.replace(/,/g, '')}`;
