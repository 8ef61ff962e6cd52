/**
 * Field types every content schema shares: dates, slugs, arXiv ids and numbers, each with the error
 * text a contributor sees. Loads outside Vite (the build guard, unit tests): no virtual modules.
 */
import { z } from 'astro/zod';
import { PATTERNS } from '../lib/vocab';

/** Today's date (UTC) as YYYY-MM-DD: no paper or version can be dated after the build. */
const today = () => new Date().toISOString().slice(0, 10);

export const isCalendarDate = (s: string) => {
  const d = new Date(`${s}T00:00:00Z`);
  return !Number.isNaN(d.getTime()) && d.toISOString().slice(0, 10) === s;
};

/** A calendar date written YYYY-MM-DD (YAML may hand it over already parsed as a Date). */
export const isoDate = z
  .preprocess(
    (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
    z
      .string({ error: 'must be a date written YYYY-MM-DD' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'must be a date written YYYY-MM-DD' })
      .refine(isCalendarDate, { error: 'must be a real calendar date (YYYY-MM-DD)' })
      .refine((s) => s <= today(), { error: 'must not be in the future' }),
  )
  .transform((s) => new Date(`${s}T00:00:00Z`));

/** A day (YYYY-MM-DD) or, where only the month is known, a month (YYYY-MM); kept as written, checked, not in the future. */
export const dayOrMonth = z.preprocess(
  (v) => (v instanceof Date && !Number.isNaN(v.getTime()) ? v.toISOString().slice(0, 10) : v),
  z
    .string({ error: 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known' })
    .regex(/^\d{4}-\d{2}(?:-\d{2})?$/, {
      error: 'must be a date written YYYY-MM-DD, or YYYY-MM when only the month is known',
    })
    .refine((s) => isCalendarDate(s.length === 7 ? `${s}-01` : s), { error: 'must be a real calendar date' })
    .refine((s) => s <= today(), { error: 'must not be in the future' }),
);

/** The month before a YYYY-MM month. */
export const previousMonth = (m: string) => {
  const d = new Date(`${m}-01T00:00:00Z`);
  d.setUTCMonth(d.getUTCMonth() - 1);
  return d.toISOString().slice(0, 7);
};

export const slug = z
  .string({ error: 'must be a slug (lower-case words joined by hyphens)' })
  .regex(PATTERNS.slug, { error: 'must be a slug (lower-case words joined by hyphens)' });

export const arxivId = z
  .string({ error: 'must be an arXiv id such as "2406.11838" (quoted, no version)' })
  .regex(PATTERNS.arxivId, { error: 'must be an arXiv id such as "2406.11838" (quoted, no version)' });

export const positive = (what: string) => z.number({ error: `must be ${what}` }).positive({ error: `must be ${what}` });

export const positiveInt = (what: string) =>
  z
    .number({ error: `must be ${what}` })
    .int({ error: `must be ${what}` })
    .positive({ error: `must be ${what}` });

