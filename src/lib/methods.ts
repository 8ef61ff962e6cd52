/**
 * Ordering and grouping of methods for indexes and navigation.
 */
import type { Method } from './types';
import { en, type Dictionary } from '../i18n/en';
import { paperDate, type PaperDate } from './dates';
import { formatNumber } from '../i18n/formats';

/**
 * Methods by arXiv v1 date, oldest first (ties by short name): the order in which they appeared. A
 * paper dated only to its month sorts before the papers of that month with a known day; lists that
 * say who came first group such papers with their month instead of ordering them (`sameMonthUnread`).
 */
export function byFirstAppearance<T extends Method>(methods: readonly T[]): T[] {
  return [...methods].sort(
    (a, b) =>
      paperDate(a.data.paper).iso.localeCompare(paperDate(b.data.paper).iso) ||
      a.data.short_name.localeCompare(b.data.short_name),
  );
}

/** A date as "17 Jun 2024" (UTC), for display next to a machine-readable <time>. */
export function formatDate(d: Date): string {
  return en.date.format(d);
}

/** Whether two papers appeared in the same month with at least one of them dated only to the month: neither came first. */
function sameMonthUnread(a: PaperDate, b: PaperDate): boolean {
  return a.iso.slice(0, 7) === b.iso.slice(0, 7) && (a.precision === 'month' || b.precision === 'month');
}

/** Papers that appeared at one time: one paper, or several of one month that cannot be ordered. */
export interface Appearance {
  /** The day, or the month when one of the papers is dated only to its month. */
  date: PaperDate;
  methods: Array<{ slug: string; name: string }>;
}

/**
 * The core methods in the order they appeared ("who came first"), papers of one month that cannot be
 * ordered by a day read in a primary source sharing one entry.
 */
export function firstAppearances(methods: readonly Method[]): Appearance[] {
  const out: Appearance[] = [];
  for (const m of byFirstAppearance(methods.filter((x) => x.data.role === 'core'))) {
    const d = paperDate(m.data.paper);
    const last = out.at(-1);
    const entry = { slug: m.slug, name: m.data.short_name };
    if (last && sameMonthUnread(last.date, d)) {
      last.date = { iso: d.iso.slice(0, 7), precision: 'month' };
      last.methods.push(entry);
    } else out.push({ date: d, methods: [entry] });
  }
  return out;
}

/**
 * A one-line description of a tokenizer: "discrete, VQGAN, 16x downsampling, 16384 codes". `name` is the
 * tokenizer's name in the dictionary's language where a translation gives one (else the English page's).
 */
export function tokenizerSummary(
  t: Method['data']['tokenizer'],
  dict: Dictionary = en,
  name: string | undefined = t.name,
): string {
  const words = dict.tokenizer;
  const parts: string[] = [t.kind === 'none' ? words.none : words[t.kind]];
  if (t.name && name) parts.push(name);
  if (t.downsample) parts.push(words.downsampling(t.downsample));
  if (t.codebook_size) parts.push(words.codes(formatNumber(t.codebook_size)));
  if (t.latent_channels) parts.push(words.channels(t.latent_channels));
  return parts.join(words.sep);
}

/**
 * Methods newest-added first. `added` is the date a method's page entered the survey (from git),
 * falling back to its paper's v1 date where no history is available.
 */
export function byDateAdded<T extends { added?: string | undefined; v1: string; slug: string }>(
  items: readonly T[],
): T[] {
  const when = (i: T) => i.added ?? i.v1;
  return [...items].sort((a, b) => when(b).localeCompare(when(a)) || a.slug.localeCompare(b.slug));
}
