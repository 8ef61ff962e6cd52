import { z } from 'astro/zod';
import { slug } from './shared';

/* ------------------------------------------------------------- translations */

/**
 * A page of another language's edition: `src/content/translations/<locale>/<kind>/<slug>.md`, where
 * kind is methods, concepts or pages. It names the English file it translates; the English page's
 * data (dates, numbers, sources, results) is never repeated here, only its prose and names.
 */
export const translationSchema = z
  .object({
    source: z
      .string()
      .regex(/^(?:src\/content\/(?:methods|concepts)\/[a-z0-9.-]+\.mdx|[A-Z]+\.md)$/)
      .describe('The English file this translates, from the repository root, e.g. "src/content/methods/mar.mdx".'),
    title: z.string().min(1).describe('The page title in this language.'),
    summary: z.string().min(10).max(320).describe('The English summary, translated.'),
    aliases: z
      .array(z.string().min(1))
      .default([])
      .describe('Names a reader of this language would search for (method pages); shown as "also called".'),
    introduced: z
      .array(z.string().min(1))
      .default([])
      .describe(
        "The ideas of the English page's `introduced`, in the short words a reader of this language types (\"下一尺度预测\", \"由粗到细\"); search ranks this page first for them, as for the English ones. Only where the English page lists ideas; one page per idea in each language.",
      ),
    notes: z
      .record(z.string(), z.string().min(1))
      .default({})
      .describe(
        "Notes of this method's result rows (`src/content/results/<slug>.yaml`) in this language, by row id; the method page's results table shows them instead of the English. Each keeps the English note's numbers, and only a row with a note is translated.",
      ),
    tokenizer_name: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The English page's `tokenizer.name` in this language (method pages), shown in the facts box and the methods index instead of the English; only where the English page names its tokenizer.",
      ),
    venue: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The English page's `paper.venue` in this language (method pages), e.g. \"NeurIPS 2024（最佳论文）\"; only where the English page gives a venue.",
      ),
    v1_source: z
      .string()
      .min(1)
      .optional()
      .describe(
        "The English page's `paper.v1_source` (where the first version's date was read) in this language (method pages); without it the other edition shows the date's label only. Only where the English page has one.",
      ),
    spine: z
      .object({
        heading: z.string().min(1).describe("The home page's heading for this seed family."),
        text: z.string().min(20).describe("The home page's paragraph on this seed family, translated."),
      })
      .strict()
      .optional()
      .describe("A core method's home-page paragraph, translated; only where the English page has `spine`."),
    terms: z
      .array(
        z
          .object({
            anchor: slug.describe(
              "The English term's anchor: the heading id this term is explained under (the same id in both editions).",
            ),
            term: z.string().min(1).describe('The term in this language; the English term is shown beside it.'),
            definition: z.string().min(10).describe('The one-sentence definition, translated.'),
          })
          .strict(),
      )
      .default([])
      .describe("The English page's terms, translated, one per English term (concept pages)."),
  })
  .strict();

