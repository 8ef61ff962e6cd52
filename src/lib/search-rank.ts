/**
 * A search's first results, reordered so that what is named exactly by the query comes first: a page
 * whose title is the query or starts with it and a colon ("CoDe: collaborative decoding ..."), then a
 * result row whose model is the query ("VAR-d30 · VAR"), then the page that introduced the idea the
 * query names ("next-scale" for VAR, from its `introduced` field). Pagefind ranks by word weight and frequency,
 * and matches the query's last word as a prefix, so a short name ("CoDe") can lose to pages that say
 * a longer word often ("codebook"), and a model's own row to a follow-up's row that names it.
 * Everything else keeps Pagefind's order.
 */

/** A phrase as search compares it: lower case, hyphens and runs of spaces as one space. */
const words = (s: string) =>
  s
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();

/** Whether the query names one of the ideas a page introduced: the idea itself, its first words, or the idea and more. */
export function namesIdea(query: string, ideas: readonly string[]): boolean {
  const q = words(query);
  if (!q) return false;
  return ideas.some((idea) => {
    const i = words(idea);
    return i === q || i.startsWith(`${q} `) || q.startsWith(`${i} `);
  });
}

/**
 * How exactly a result names the query: 0 the page itself (its title is the query), 1 a row of that
 * model, 2 the page that introduced the idea the query names, 3 none of these.
 */
export function exactness(query: string, title: string, ideas: readonly string[] = []): number {
  const q = query.trim().toLowerCase();
  const t = title.trim().toLowerCase();
  if (!q) return 3;
  if (t === q || t.startsWith(`${q}:`) || t.startsWith(`${q}：`)) return 0;
  if (t.startsWith(`${q} · `)) return 1;
  if (namesIdea(query, ideas)) return 2;
  return 3;
}

/** The ideas of a page as its search meta holds them ("next-scale prediction · next-scale"). */
export const ideasOf = (meta: string | undefined): string[] =>
  meta
    ? meta
        .split(' · ')
        .map((s) => s.trim())
        .filter(Boolean)
    : [];

/** The items in the order described above (stable within each group). */
export function exactFirst<T>(
  query: string,
  items: readonly T[],
  titleOf: (item: T) => string,
  ideas: (item: T) => readonly string[] = () => [],
): T[] {
  return items
    .map((item, i) => ({ item, i, e: exactness(query, titleOf(item), ideas(item)) }))
    .sort((a, b) => a.e - b.e || a.i - b.i)
    .map(({ item }) => item);
}

/** How many of the first results the search reads at once and reorders by how exactly they name the query. */
export const RERANK = 16;

/**
 * Pagefind's ranking as the search sets it: long method pages should not lose to short ones that
 * repeat a word (the length bonus damped), and a page that names a method often (a follow-up) should
 * not outrank the method's own page (term frequency damped).
 */
export const PAGEFIND_RANKING = { pageLength: 0.2, termFrequency: 0.2 } as const;

/** What the first-page order reads of a result: its title and the ideas its page introduced. */
export interface RankedResult {
  meta?: { title?: string | undefined; introduced?: string | undefined } | undefined;
}

/** The order of the first RERANK results as the search shows them: indices into `window`, exactly named first. */
export const firstPageOrder = (query: string, window: readonly RankedResult[]): number[] =>
  exactFirst(
    query,
    [...window.keys()],
    (i) => window[i].meta?.title ?? '',
    (i) => ideasOf(window[i].meta?.introduced),
  );
