/**
 * What a component needs to render in the page's language: the dictionary, the vocabulary's labels,
 * and links that stay in that language's edition. Every component calls `useLocale(Astro.currentLocale)`.
 */
import { DICTIONARIES } from './dictionaries';
import { LOCALE_META, localePath, toLocale } from './locales';
import { vocabLabels } from './vocab-labels';
import { href as baseHref } from '../lib/paths';
import { dateOnAxis, type PaperDate } from '../lib/dates';

export function useLocale(current: string | undefined) {
  const locale = toLocale(current);
  const t = DICTIONARIES[locale];
  const href = (path: string) => baseHref(localePath(path, locale));
  return {
    locale,
    /** The BCP 47 tag for `lang` attributes. */
    lang: LOCALE_META[locale].lang,
    t,
    labels: vocabLabels(locale),
    /** A site link in this language's edition (data files and the feed stay where they are). */
    href,
    methodHref: (slug: string) => href(`/methods/${slug}/`),
    formatDate: t.date.format,
    /** A day given as YYYY-MM-DD (a commit's date, a page's date added) as the edition writes dates: "17 Jun 2024". */
    formatDay: (iso: string) => t.date.format(dateOnAxis(iso)),
    /** A paper's date as precisely as it was read: "17 Jun 2024", or "Jun 2024" when only the month is known. */
    formatPaperDate: (d: PaperDate) => (d.precision === 'month' ? t.date.month : t.date.format)(dateOnAxis(d.iso)),
    /** `lang` for English content (row notes, paper titles, schema texts) on this edition's pages: none in English. */
    englishLang: locale === 'en' ? undefined : ('en' as const),
  };
}

/**
 * A dictionary template with `{name}` placeholders filled in: the page renders the first state of a
 * sentence that a browser script then keeps up to date from the same template.
 */
export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (m, k: string) => (k in values ? String(values[k]) : m));
}
