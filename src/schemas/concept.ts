/** A concept page's frontmatter: its title, summary, place in the index and the terms it explains. */
import { z } from 'astro/zod';
import { CONCEPT_PARTS } from '../lib/vocab';
import { positiveInt, slug } from './shared';

export const conceptSchema = z
  .object({
    title: z.string().min(1).describe('Page title, e.g. "Tokenizers: discrete and continuous".'),
    summary: z.string().min(20).max(320).describe('One sentence: what the page explains.'),
    order: positiveInt('a positive whole number').describe('Position in the concepts index (1 first).'),
    shows: z
      .array(z.enum(CONCEPT_PARTS))
      .default([])
      .describe(
        'What the page shows besides its text: glossary (every term of every concept page) or generation-orders (the three animated orders).',
      ),
    related_methods: z
      .array(slug)
      .default([])
      .describe('Slugs of methods the page discusses; their pages link back here.'),
    terms: z
      .array(
        z
          .object({
            term: z.string().min(1).describe('The term as a reader would look it up.'),
            anchor: slug.describe('Id of the heading on this page that explains the term.'),
            definition: z.string().min(10).describe('One-sentence definition for the glossary.'),
          })
          .strict(),
      )
      .default([])
      .describe('Terms this page explains; the glossary lists them all.'),
  })
  .strict();

