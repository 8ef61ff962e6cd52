/**
 * The one table of the facets a reader narrows results by: the table filters (and their round trip
 * through the URL), the filter values a table offers, the search index's filters and the exports all
 * read it. A facet names its vocabulary (its values and labels, src/lib/vocab.ts), the field of a table
 * row and of a method page that holds its value, and its words in the dictionaries.
 */
import type { CompareRow } from './compare';
import type { MethodData } from './types';
import { BACKBONES, CONTRIBUTIONS, FAMILIES, TOKENIZER_KINDS } from './vocab';
import type { VocabLabels } from '../i18n/vocab-labels';

export interface Facet {
  /** The name of the filter, of its URL parameter and of the form's checkboxes. */
  key: 'family' | 'contribution' | 'tokenizer' | 'backbone';
  /** Its allowed values, in display order. */
  values: readonly string[];
  /** The field of a table row that holds a row's value. */
  row: keyof CompareRow;
  /** A method's value (from its page, or from its entry in methods.json, which has the same fields). */
  ofMethod: (d: Pick<MethodData, 'family' | 'contribution' | 'tokenizer' | 'backbone'>) => string;
  /** Which vocabulary's labels name its values. */
  labels: keyof VocabLabels;
  /** The key of its legend in the dictionaries' `filters`. */
  legend: 'paradigm' | 'contribution' | 'tokenizer' | 'backbone';
}

export const FACETS = [
  { key: 'family', values: FAMILIES, row: 'family', ofMethod: (d) => d.family, labels: 'family', legend: 'paradigm' },
  {
    key: 'contribution',
    values: CONTRIBUTIONS,
    row: 'contribution',
    ofMethod: (d) => d.contribution,
    labels: 'contribution',
    legend: 'contribution',
  },
  {
    key: 'tokenizer',
    values: TOKENIZER_KINDS,
    row: 'tokenizerKind',
    ofMethod: (d) => d.tokenizer.kind,
    labels: 'tokenizer',
    legend: 'tokenizer',
  },
  {
    key: 'backbone',
    values: BACKBONES,
    row: 'backbone',
    ofMethod: (d) => d.backbone,
    labels: 'backbone',
    legend: 'backbone',
  },
] as const satisfies readonly Facet[];

export type FacetKey = (typeof FACETS)[number]['key'];

/** The values of each facet that some row holds, so that no filter leads to an empty table by construction. */
export type PresentValues = Record<FacetKey, string[]>;
