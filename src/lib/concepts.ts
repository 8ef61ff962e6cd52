/**
 * Concept pages: their order, the glossary gathered from every page's terms, and the concepts a
 * method page links to.
 */
import type { z } from 'astro/zod';
import type { conceptSchema } from '../content.config';

export type ConceptData = z.output<typeof conceptSchema>;
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
}

/** Every term of every concept page, alphabetical (case-insensitive). */
export function glossary(cs: readonly Concept[]): GlossaryEntry[] {
  return cs
    .flatMap((c) => c.data.terms.map((t) => ({ term: t.term, definition: t.definition, concept: c.slug, conceptTitle: c.data.title, anchor: t.anchor })))
    .sort((a, b) => a.term.localeCompare(b.term, 'en', { sensitivity: 'base' }));
}

/** The concept pages that discuss a method, in index order. */
export function conceptsFor<T extends Concept>(cs: readonly T[], method: string): T[] {
  return byOrder(cs.filter((c) => c.data.related_methods.includes(method)));
}
