/**
 * The labels of every vocabulary value in one language, as the components and view models read them.
 * The values and both languages' labels live in src/lib/vocab.ts, one record per value; this only picks a language.
 */
import type { Locale } from './locales';
import * as V from '../lib/vocab';

export interface VocabLabels {
  role: Record<V.Role, string>;
  contribution: Record<V.Contribution, string>;
  head: Record<V.Head, string>;
  release: Record<V.Release, string>;
  family: Record<V.Family, string>;
  familyDescription: Record<V.Family, string>;
  backbone: Record<V.Backbone, string>;
  tokenizer: Record<V.TokenizerKind, string>;
  v1Read: Record<V.V1Read, string>;
  prompt: Record<V.Prompt, string>;
  postTraining: Record<V.PostTraining, string>;
  censusReason: Record<V.CensusReason, string>;
  censusReasonDescription: Record<V.CensusReason, string>;
}

const labels = (lang: Locale): VocabLabels => ({
  role: V.labelsIn(V.ROLE, lang),
  contribution: V.labelsIn(V.CONTRIBUTION, lang),
  head: V.labelsIn(V.HEAD, lang),
  release: V.labelsIn(V.RELEASE, lang),
  family: V.labelsIn(V.FAMILY, lang),
  familyDescription: V.descriptionsIn(V.FAMILY, lang),
  backbone: V.labelsIn(V.BACKBONE, lang),
  tokenizer: V.labelsIn(V.TOKENIZER_KIND, lang),
  v1Read: V.labelsIn(V.V1_READ, lang),
  prompt: V.labelsIn(V.PROMPT, lang),
  postTraining: V.labelsIn(V.POST_TRAINING, lang),
  censusReason: V.labelsIn(V.CENSUS_REASON, lang),
  censusReasonDescription: V.descriptionsIn(V.CENSUS_REASON, lang),
});

const LABELS: Record<Locale, VocabLabels> = { en: labels('en'), zh: labels('zh') };

export const vocabLabels = (locale: Locale = 'en'): VocabLabels => LABELS[locale];
