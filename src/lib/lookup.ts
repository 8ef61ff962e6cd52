/**
 * Lookups over a list, built once per list. Every page of a build receives the same arrays of methods
 * and rows (src/data/load.ts loads them once), so an index one page needs is built on the first page
 * and reused by the rest, instead of every page scanning every row. Lists are not changed after they
 * are loaded; `key` must be one function (a module-level constant) for its index to be reused.
 */
const groups = new WeakMap<object, WeakMap<object, Map<unknown, unknown[]>>>();

/** The items of `list` by `key(item)`, each group in list order. */
export function groupedBy<T, K>(list: readonly T[], key: (item: T) => K): ReadonlyMap<K, readonly T[]> {
  let byKey = groups.get(list);
  if (!byKey) groups.set(list, (byKey = new WeakMap()));
  let index = byKey.get(key) as Map<K, T[]> | undefined;
  if (!index) {
    index = new Map();
    for (const item of list) {
      const k = key(item);
      const group = index.get(k);
      if (group) group.push(item);
      else index.set(k, [item]);
    }
    byKey.set(key, index);
  }
  return index;
}

/** The item of `list` whose `key(item)` is `k` (the last, if several are), or undefined. */
export function lookUp<T, K>(list: readonly T[], key: (item: T) => K, k: K): T | undefined {
  return groupedBy(list, key).get(k)?.at(-1);
}
