/**
 * The site's languages: English at the root, every other language under its own path prefix.
 * The one list of locales, read by the Astro config (i18n routing, sitemap), the routes'
 * getStaticPaths, the language switch and the search index.
 */
export const LOCALES = ['en', 'zh'] as const;
export type Locale = (typeof LOCALES)[number];
export const DEFAULT_LOCALE: Locale = 'en';

export const LOCALE_META: Record<
  Locale,
  {
    /** `lang` on <html> and in hreflang. */ lang: string;
    /** The language's own name, for the switch. */ name: string;
    /** URL prefix ('' for the default). */ prefix: string;
  }
> = {
  en: { lang: 'en', name: 'English', prefix: '' },
  zh: { lang: 'zh-Hans', name: '中文', prefix: 'zh' },
};

/** Narrows Astro.currentLocale (a string, or undefined outside i18n routes) to a locale. */
export function toLocale(value: string | undefined): Locale {
  return (LOCALES as readonly string[]).includes(value ?? '') ? (value as Locale) : DEFAULT_LOCALE;
}

/** The `locale` route parameter of a page in each language: undefined (the root) for English. */
export function localeParams(): Array<{ locale: string | undefined }> {
  return LOCALES.map((l) => ({ locale: LOCALE_META[l].prefix || undefined }));
}

/** The locale of a route parameter as localeParams() gives it. */
export function localeOfParam(param: string | undefined): Locale {
  return LOCALES.find((l) => LOCALE_META[l].prefix === (param ?? '')) ?? DEFAULT_LOCALE;
}

/** Paths that exist in one language only (data downloads, the feed, files): never prefixed. */
const UNLOCALIZED = /^\/(?:data\/|rss\.xml|pagefind\/|_astro\/|favicon|sitemap)|\.[a-z0-9]+$/i;

/** A site path (no base) in `locale`: "/methods/mar/" -> "/zh/methods/mar/". Query and hash are kept. */
export function localePath(path: string, locale: Locale): string {
  const prefix = LOCALE_META[locale].prefix;
  if (!prefix || !path.startsWith('/') || UNLOCALIZED.test(path.split(/[?#]/)[0])) return path;
  return `/${prefix}${path}`;
}

/** The same page's path without its language prefix: "/zh/methods/mar/" -> "/methods/mar/". */
export function stripLocale(path: string): string {
  for (const l of LOCALES) {
    const prefix = LOCALE_META[l].prefix;
    if (prefix && (path === `/${prefix}` || path.startsWith(`/${prefix}/`)))
      return path.slice(prefix.length + 1) || '/';
  }
  return path;
}

/** The locale a site path (no base) belongs to. */
export function localeOfPath(path: string): Locale {
  return (
    LOCALES.find(
      (l) =>
        LOCALE_META[l].prefix &&
        (path === `/${LOCALE_META[l].prefix}/` || path.startsWith(`/${LOCALE_META[l].prefix}/`)),
    ) ?? DEFAULT_LOCALE
  );
}
