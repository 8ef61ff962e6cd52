/**
 * A search's first results, reordered so that what is named exactly by the query comes first: a page
 * whose title is the query or starts with it and a colon ("CoDe: collaborative decoding ..."), then a
 * result row whose model is the query ("VAR-d30 · VAR"). Pagefind ranks by word weight and frequency,
 * and matches the query's last word as a prefix, so a short name ("CoDe") can lose to pages that say
 * a longer word often ("codebook"), and a model's own row to a follow-up's row that names it.
 * Everything else keeps Pagefind's order.
 */

/** How exactly a result's title names the query: 0 the page itself, 1 a row of that model, 2 neither. */
export function exactness(query: string, title: string): number {
  const q = query.trim().toLowerCase();
  const t = title.trim().toLowerCase();
  if (!q) return 2;
  if (t === q || t.startsWith(`${q}:`) || t.startsWith(`${q}：`)) return 0;
  if (t.startsWith(`${q} · `)) return 1;
  return 2;
}

/** The items in the order described above (stable within each group). */
export function exactFirst<T>(query: string, items: readonly T[], titleOf: (item: T) => string): T[] {
  return items
    .map((item, i) => ({ item, i, e: exactness(query, titleOf(item)) }))
    .sort((a, b) => a.e - b.e || a.i - b.i)
    .map(({ item }) => item);
}
