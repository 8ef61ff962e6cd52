/**
 * Concept pages: their order, the glossary gathered from every page's terms, and the concepts a
 * method page links to.
 */
import type { z } from 'astro/zod';
import type { conceptSchema } from '../content.config';
import { translationOf, type Translation } from './translations';

type ConceptData = z.output<typeof conceptSchema>;
export interface Concept {
  slug: string;
  data: ConceptData;
}

/** Concepts in index order (then by title). */
export const byOrder = <T extends Concept>(cs: readonly T[]): T[] =>
  [...cs].sort((a, b) => a.data.order - b.data.order || a.data.title.localeCompare(b.data.title));

export interface GlossaryEntry {
  term: string;
  definition: string;
  concept: string;
  conceptTitle: string;
  anchor: string;
  /** In a translated glossary: the English term, shown beside the translated one. */
  english?: string;
}

/** Every term of every concept page, alphabetical (case-insensitive). */
export function glossary(cs: readonly Concept[], translations: readonly Translation[] = []): GlossaryEntry[] {
  const lang = translations[0]?.locale ?? 'en';
  return cs
    .flatMap((c) => {
      const tr = translationOf(translations, 'concepts', c.slug);
      return c.data.terms.map((t) => {
        const own = tr?.data.terms.find((x) => x.anchor === t.anchor);
        return own
          ? {
              term: own.term,
              definition: own.definition,
              concept: c.slug,
              conceptTitle: tr!.data.title,
              anchor: t.anchor,
              english: t.term,
            }
          : {
              term: t.term,
              definition: t.definition,
              concept: c.slug,
              conceptTitle: tr?.data.title ?? c.data.title,
              anchor: t.anchor,
            };
      });
    })
    .sort((a, b) => a.term.localeCompare(b.term, lang, { sensitivity: 'base' }));
}

/** A concept with its title and summary in a translation's language, where it has one. */
export function conceptIn<T extends Concept>(c: T, translations: readonly Translation[]): T {
  const tr = translationOf(translations, 'concepts', c.slug);
  return tr ? { ...c, data: { ...c.data, title: tr.data.title, summary: tr.data.summary } } : c;
}

/** The concept pages that discuss a method, in index order. */
export function conceptsFor<T extends Concept>(cs: readonly T[], method: string): T[] {
  return byOrder(cs.filter((c) => c.data.related_methods.includes(method)));
}
