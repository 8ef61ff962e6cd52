/**
 * Ordering and grouping of methods for indexes and navigation.
 */
import type { Method } from './types';
import { en, type Dictionary } from '../i18n/en';

/** Methods by arXiv v1 date, oldest first (ties by short name): the order in which they appeared. */
export function byFirstAppearance<T extends Method>(methods: readonly T[]): T[] {
  return [...methods].sort(
    (a, b) =>
      a.data.paper.v1.getTime() - b.data.paper.v1.getTime() || a.data.short_name.localeCompare(b.data.short_name),
  );
}

/** A date as "17 Jun 2024" (UTC), for display next to a machine-readable <time>. */
export function formatDate(d: Date): string {
  return en.date.format(d);
}

/** A date as YYYY-MM-DD for `datetime` attributes. */
export const isoDay = (d: Date) => d.toISOString().slice(0, 10);

/** A one-line description of a tokenizer: "discrete, VQGAN, 16x downsampling, 16384 codes". */
export function tokenizerSummary(t: Method['data']['tokenizer'], dict: Dictionary = en): string {
  const words = dict.tokenizer;
  const parts: string[] = [t.kind === 'none' ? words.none : words[t.kind]];
  if (t.name) parts.push(t.name);
  if (t.downsample) parts.push(words.downsampling(t.downsample));
  if (t.codebook_size) parts.push(words.codes(t.codebook_size.toLocaleString('en-US')));
  if (t.latent_channels) parts.push(words.channels(t.latent_channels));
  return parts.join(words.sep);
}

/**
 * Methods newest-added first. `added` is the date a method's page entered the survey (from git),
 * falling back to its paper's v1 date where no history is available.
 */
export function byDateAdded<T extends { added?: string; v1: string; slug: string }>(items: readonly T[]): T[] {
  const when = (i: T) => i.added ?? i.v1;
  return [...items].sort((a, b) => when(b).localeCompare(when(a)) || a.slug.localeCompare(b.slug));
}
