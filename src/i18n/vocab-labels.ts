/**
 * The labels of every vocabulary value in one language, as the components and view models read them.
 * The values and both languages' labels live in src/lib/vocab.ts; this only picks a language.
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
}

const LABELS: Record<Locale, VocabLabels> = {
  en: {
    role: V.ROLE_LABELS,
    contribution: V.CONTRIBUTION_LABELS,
    head: V.HEAD_LABELS,
    release: V.RELEASE_LABELS,
    family: V.FAMILY_LABELS,
    familyDescription: V.FAMILY_DESCRIPTIONS,
    backbone: V.BACKBONE_LABELS,
    tokenizer: V.TOKENIZER_KIND_LABELS,
  },
  zh: {
    role: V.ROLE_LABELS_ZH,
    contribution: V.CONTRIBUTION_LABELS_ZH,
    head: V.HEAD_LABELS_ZH,
    release: V.RELEASE_LABELS_ZH,
    family: V.FAMILY_LABELS_ZH,
    familyDescription: V.FAMILY_DESCRIPTIONS_ZH,
    backbone: V.BACKBONE_LABELS_ZH,
    tokenizer: V.TOKENIZER_KIND_LABELS_ZH,
  },
};

export const vocabLabels = (locale: Locale = 'en'): VocabLabels => LABELS[locale];
