/**
 * Translations and their English sources: which page a translation belongs to, and whether the
 * English file changed after the translation was last updated. Pure: git's answers come in.
 */
import type { Change } from './history';
import type { Locale } from '../i18n/locales';
import { contentFile } from './content-folders';

export const TRANSLATION_KINDS = ['methods', 'concepts', 'pages'] as const;
export type TranslationKind = (typeof TRANSLATION_KINDS)[number];

export interface TranslationData {
  source: string;
  title: string;
  summary: string;
  aliases: string[];
  /** The ideas of the English page's `introduced`, in this language's words (search ranks the page first for them). */
  introduced?: string[] | undefined;
  /** Notes of the method's result rows in this language, by row id (the English rows' `note`). */
  notes?: Record<string, string> | undefined;
  /** The tokenizer's name in this language (the English page's `tokenizer.name`). */
  tokenizer_name?: string | undefined;
  /** The venue in this language (the English page's `paper.venue`). */
  venue?: string | undefined;
  /** Where the first version's date was read, in this language (the English page's `paper.v1_source`). */
  v1_source?: string | undefined;
  spine?: { heading: string; text: string } | undefined;
  terms: Array<{ anchor: string; term: string; definition: string }>;
}

export interface Translation {
  /** Collection id, "<locale>/<kind>/<slug>". */
  id: string;
  locale: Locale;
  kind: TranslationKind;
  slug: string;
  /** The translation's own file, from the repository root. */
  file: string;
  data: TranslationData;
  /** Whether the file translates the prose too; a file with frontmatter only translates the names (title, summary, aliases). */
  prose: boolean;
}

/** Splits a collection id "zh/methods/mar" into its parts; undefined when it is not of that shape. */
export function parseTranslationId(id: string): { locale: string; kind: TranslationKind; slug: string } | undefined {
  const [locale, kind, slug, ...rest] = id.split('/');
  if (rest.length || !slug || !(TRANSLATION_KINDS as readonly string[]).includes(kind)) return undefined;
  return { locale, kind: kind as TranslationKind, slug };
}

/** The English file a translation of this kind and slug must name as its source. */
export function expectedSource(kind: TranslationKind, slug: string): string | undefined {
  if (kind === 'methods' || kind === 'concepts') return contentFile(kind, slug);
  return undefined;
}

export interface TranslationStatus {
  /** The date of the translation's last commit (undefined before its first commit, or without history). */
  updated?: string;
  /** Set when the English source has commits the translation has not seen: the newest one's date. */
  outdated?: { date: string; changes: number };
}

/**
 * `own`: the translation file's commits, newest first. `sourceSince`: the English file's commits after
 * the translation's newest commit, newest first.
 */
export function translationStatus(own: readonly Change[], sourceSince: readonly Change[]): TranslationStatus {
  const updated = own[0]?.date;
  if (!updated || sourceSince.length === 0) return { updated };
  return { updated, outdated: { date: sourceSince[0].date, changes: sourceSince.length } };
}

/** The translation of one page among an edition's translations, if there is one. */
export function translationOf(
  translations: readonly Translation[],
  kind: TranslationKind,
  slug: string,
): Translation | undefined {
  return translations.find((t) => t.kind === kind && t.slug === slug);
}
