/**
 * A method or concept page's names and prose in one edition: the translation's title, summary and
 * aliases where one exists, else the English ones, with the prose marked English. Numbers, dates and
 * sources are never taken from a translation: the page's data stays the English entry's.
 */
import type { Locale } from '../i18n/locales';
import { translationOf, type Translation, type TranslationKind } from './translations';

export interface LocalizedPage {
  title: string;
  summary: string;
  /** Names for search: the translation's first, then the English ones (model names work in both). */
  aliases: string[];
  /** The translation shown, if any. */
  translation?: Translation | undefined;
  /** Whether the page is in another edition than English (and says where its prose comes from). */
  foreign: boolean;
  /** `lang` for the prose block: "en" when the page is in another edition and its prose is not translated. */
  proseLang?: 'en' | undefined;
  /** Whether the prose shown is the translation's (false: the English page's, names translated or not). */
  translatedProse: boolean;
  /**
   * Facts of a method page in this edition's language where its translation gives them: the tokenizer's
   * name, the venue, and where the first version's date was read. Absent: the English page's (or, for the
   * date's source, none on another edition).
   */
  facts: { tokenizerName?: string | undefined; venue?: string | undefined; v1Source?: string | undefined };
  /** Ideas the page introduced, for search and the facts box: the translation's words first, then the English. */
  introduced: string[];
}

export function localized(
  entry: {
    slug: string;
    data: { title: string; summary: string; aliases?: readonly string[]; introduced?: readonly string[] };
  },
  translations: readonly Translation[],
  locale: Locale,
  kind: TranslationKind = 'methods',
): LocalizedPage {
  const english = entry.data.aliases ?? [];
  const ideas = entry.data.introduced ?? [];
  if (locale === 'en')
    return {
      title: entry.data.title,
      summary: entry.data.summary,
      aliases: [...english],
      foreign: false,
      translatedProse: false,
      facts: {},
      introduced: [...ideas],
    };
  const translation = translationOf(
    translations.filter((t) => t.locale === locale),
    kind,
    entry.slug,
  );
  if (!translation)
    return {
      title: entry.data.title,
      summary: entry.data.summary,
      aliases: [...english],
      foreign: true,
      proseLang: 'en',
      translatedProse: false,
      facts: {},
      introduced: [...ideas],
    };
  return {
    title: translation.data.title,
    summary: translation.data.summary,
    aliases: [...translation.data.aliases, ...english],
    translation,
    foreign: true,
    proseLang: translation.prose ? undefined : 'en',
    translatedProse: translation.prose,
    facts: {
      tokenizerName: translation.data.tokenizer_name,
      venue: translation.data.venue,
      v1Source: translation.data.v1_source,
    },
    introduced: [...(translation.data.introduced ?? []), ...ideas],
  };
}

/** A concept's title in `locale`'s edition (its translation's, else the English one). */
export function conceptTitleIn(translations: readonly Translation[], slug: string, english: string): string {
  return translationOf(translations, 'concepts', slug)?.data.title ?? english;
}

/** Rendered HTML without its first level-1 heading: a page that shows its own title above it. */
export function withoutTitle(html: string): string {
  return html.replace(/<h1\b[^>]*>[\s\S]*?<\/h1>\s*/, '');
}
