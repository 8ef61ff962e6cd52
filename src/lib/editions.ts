/**
 * The site's language editions as links: the same page in another language, and the hreflang
 * alternates of a page. Pure: paths in, paths out (the caller adds the base).
 */
import { LOCALES, LOCALE_META, localePath, stripLocale, type Locale } from '../i18n/locales';
import { joinBase } from './paths';

export interface Edition {
  locale: Locale;
  /** BCP 47 tag, for hreflang and lang. */
  lang: string;
  /** The language's own name. */
  name: string;
  /** The link's accessible name, in the target language, naming the edition. */
  label: string;
  href: string;
}

const LABELS: Record<Locale, string> = { en: 'English edition', zh: '中文版' };

/** Every edition of the page at `path` (a site path without base, in any language). */
export function editions(path: string, base = import.meta.env.BASE_URL): Edition[] {
  // The one 404 page (bilingual) has no twin: its editions are the home pages.
  const page = /^\/404(?:\.html|\/)?$/.test(stripLocale(path)) ? '/' : stripLocale(path);
  return LOCALES.map((locale) => ({
    locale,
    lang: LOCALE_META[locale].lang,
    name: LOCALE_META[locale].name,
    label: LABELS[locale],
    href: joinBase(base, localePath(page, locale)),
  }));
}

/** The same page in the edition that is not `locale` (with two languages, the switch's one link). */
export function otherEdition(path: string, locale: Locale, base = import.meta.env.BASE_URL): Edition {
  return editions(path, base).find((e) => e.locale !== locale)!;
}
