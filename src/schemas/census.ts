/**
 * The census: methods the survey knows of but does not rank, each with why. A reader who looks for
 * one of them learns it was not missed; a contributor finds what to add.
 */
import { z } from 'astro/zod';
import { CENSUS_REASONS, PATTERNS } from '../lib/vocab';
import { TASKS } from '../lib/benchmarks';
import { arxivId, isoDate, slug } from './shared';

export const censusEntrySchema = z
  .object({
    id: slug.describe('Stable id of the entry, unique in the census, e.g. "token-shuffle"; the anchor on the census page.'),
    name: z.string().min(1).describe('The method\'s name as its authors write it, e.g. "Token-Shuffle".'),
    arxiv: arxivId.optional().describe('arXiv identifier of its paper, without version, where it has one.'),
    repository: z
      .string()
      .regex(PATTERNS.repo, { error: 'must be a GitHub repository as owner/name' })
      .optional()
      .describe('Official repository (owner/name), where one is known.'),
    family: z
      .string()
      .min(1)
      .describe('Its paradigm in a few words, as far as known (e.g. "next-scale", "post-training of MAR").'),
    task: z.enum(TASKS).describe('Which comparison it belongs to: class-to-image (ImageNet) or text-to-image.'),
    reason: z.enum(CENSUS_REASONS).describe('Why it is not on the boards (see the census page for each reason).'),
    detail: z
      .string()
      .min(20, { error: 'must say what was read where, in a sentence or more' })
      .describe('What was read, where (version, commit), and what is missing, in a sentence or two.'),
    checked: isoDate.describe('When its sources were last read (YYYY-MM-DD).'),
  })
  .strict();

export const censusFileSchema = z
  .object({
    entries: z.array(censusEntrySchema).min(1).describe('One entry per method known but not ranked.'),
  })
  .strict();
