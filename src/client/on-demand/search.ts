// Search, loaded only when a reader opens it: a small interface of the site's own over Pagefind's
// search API (pagefind.js, its worker, WebAssembly and index chunks, all from the site's /pagefind/
// folder), mounted in the header dialog or on the /search/ page. Results are links with excerpts
// and the matching sections of each page; the count is announced; arrow keys move between results;
// on /search/ the query lives in ?q= and filters narrow the results.

import { firstPageOrder, PAGEFIND_RANKING, RERANK } from '../../lib/search-rank';

/** What this module uses of Pagefind's API (pagefind.js in the built site's /pagefind/ folder). */
interface PagefindResultData {
  url: string;
  excerpt?: string;
  meta?: { title?: string; kind?: string; introduced?: string };
  sub_results?: { url: string; title: string; excerpt?: string }[];
}
interface PagefindResult {
  data(): Promise<PagefindResultData>;
}
type Filters = Record<string, { any: string[] }>;
interface PagefindSearch {
  results: PagefindResult[];
}
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): void;
  search(q: string | null, o: { filters: Filters }): Promise<PagefindSearch>;
  debouncedSearch(q: string | null, o: { filters: Filters }, ms: number): Promise<PagefindSearch | null>;
  filters(): Promise<Record<string, Record<string, number>>>;
}

const PAGE_SIZE = 10;
/** The interface's words, in the page's language (data-search-strings on the header's dialog). */
const WORDS: Record<'filter' | 'more' | 'countOne' | 'countMany' | 'countQuery', string> = {
  filter: 'Filter the results',
  more: 'Show more results',
  countOne: '{n} result',
  countMany: '{n} results',
  countQuery: ' for {q}',
  ...(JSON.parse(
    document.querySelector('[data-search-strings]')?.getAttribute('data-search-strings') || '{}',
  ) as object),
};
const DEBOUNCE_MS = 120;
let pagefindLoading: Promise<Pagefind> | null = null;

/** Loads and configures Pagefind's API once. */
function loadPagefind(base: string): Promise<Pagefind> {
  // Pagefind is written into the site after the build: a URL at run time, not a module to bundle.
  pagefindLoading ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`).then(async (pagefind: Pagefind) => {
    // The ranking is the site's (src/lib/search-rank.ts). No worker: the index is small, and the worker would cost one more script (43 KB) and its start-up.
    await pagefind.options({
      baseUrl: base,
      highlightParam: 'highlight',
      ranking: PAGEFIND_RANKING,
      noWorker: true,
    });
    pagefind.init();
    return pagefind;
  });
  return pagefindLoading;
}

/** An element with attributes and children (strings become text, never HTML). */
function h(
  tag: string,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: (Node | string | null | undefined)[]
): HTMLElement {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== false) el.setAttribute(k, v === true ? '' : v);
  el.append(...children.filter((c): c is Node | string => c !== null && c !== undefined));
  return el;
}

/** Pagefind's excerpt (page text with <mark> around matches) as DOM nodes: text and marks only. */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<p>${html}</p>`, 'text/html');
  return [...(doc.body.firstChild?.childNodes ?? [])].map((n) =>
    n.nodeName === 'MARK' ? h('mark', {}, n.textContent) : document.createTextNode(n.textContent ?? ''),
  );
}

/** One result: the page's title as a link, its excerpt, and up to three matching sections. */
function resultItem(data: PagefindResultData): HTMLElement {
  const subs = (data.sub_results ?? []).filter((s) => s.url !== data.url).slice(0, 3);
  return h(
    'li',
    { class: 'search-result' },
    h('a', { class: 'search-result__link', href: data.url }, data.meta?.title ?? data.url),
    data.meta?.kind ? h('span', { class: 'search-result__kind' }, ` ${data.meta.kind}`) : null,
    h('p', { class: 'search-result__excerpt' }, ...excerptNodes(data.excerpt ?? '')),
    subs.length
      ? h(
          'ul',
          { class: 'search-result__sections' },
          ...subs.map((s) =>
            h(
              'li',
              {},
              h('a', { class: 'search-result__section', href: s.url }, s.title),
              h('p', { class: 'search-result__excerpt' }, ...excerptNodes(s.excerpt ?? '')),
            ),
          ),
        )
      : null,
  );
}

/**
 * The filters in a closed disclosure: one checkbox group per Pagefind filter, with how many pages
 * each value has. The groups are loaded when the disclosure is first opened (`loadFilters()`).
 */
function filterGroups(
  loadFilters: () => Promise<Record<string, Record<string, number>>>,
  onChange: () => void,
): HTMLElement {
  const groups = h('div', { class: 'search-filters__groups' });
  const box = h('details', { class: 'search-filters' }, h('summary', {}, WORDS.filter), groups) as HTMLDetailsElement;
  box.addEventListener('toggle', () => {
    if (box.open) void loadFilters().then((all) => fillGroups(groups, all, onChange));
  });
  return box;
}

/** Fills `groups` (once) with one fieldset of checkboxes per filter. */
function fillGroups(groups: HTMLElement, all: Record<string, Record<string, number>>, onChange: () => void): void {
  if (groups.hasChildNodes()) return;
  for (const [name, values] of Object.entries(all)) {
    const set = h('fieldset', { class: 'search-filter' }, h('legend', {}, name));
    for (const [value, count] of Object.entries(values).sort(([a], [b]) => a.localeCompare(b))) {
      const input = h('input', { type: 'checkbox', name, value });
      input.addEventListener('change', onChange);
      set.append(h('label', {}, input, ` ${value} `, h('span', { class: 'search-filter__count' }, `(${count})`)));
    }
    groups.append(set);
  }
}

/** Checked filters as Pagefind expects them: any of the checked values within a group, all groups. */
function checkedFilters(box: HTMLElement | null): Filters {
  const filters: Filters = {};
  for (const input of box?.querySelectorAll<HTMLInputElement>('input:checked') ?? [])
    (filters[input.name] ??= { any: [] }).any.push(input.value);
  return filters;
}

/** ArrowDown/ArrowUp move focus between the search box and the result links. */
function arrowKeys(container: HTMLElement, input: HTMLInputElement): void {
  container.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const stops: HTMLElement[] = [input, ...container.querySelectorAll<HTMLElement>('.search-result__link')];
    const i = stops.indexOf(document.activeElement as HTMLElement);
    if (i === -1) return;
    e.preventDefault();
    stops[Math.max(0, Math.min(stops.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))].focus();
  });
}

/** A mounted search interface: its elements, Pagefind, and the results of the last search. */
interface SearchUi {
  input: HTMLInputElement;
  /** The polite live region that announces the count. */
  status: HTMLElement;
  /** The count, shown (the live region says it). */
  message: HTMLElement;
  list: HTMLElement;
  more: HTMLElement;
  filterBox: HTMLElement | null;
  /** Pagefind, loaded on first use. */
  ready: () => Promise<Pagefind>;
  results: PagefindResult[];
  /** How many of `results` are in the list. */
  shown: number;
}

/** "12 results for vq", in the page's language. */
function countText(count: number, q: string): string {
  const n = String(count);
  return (
    (count === 1 ? WORDS.countOne : WORDS.countMany).replace('{n}', n) + (q ? WORDS.countQuery.replace('{q}', q) : '')
  );
}

/** Empties the list and the count (no query and no filter). */
function clearResults(ui: SearchUi) {
  ui.results = [];
  ui.list.replaceChildren();
  ui.list.setAttribute('aria-busy', 'false');
  ui.message.textContent = ui.status.textContent = '';
  ui.more.hidden = true;
}

/** Appends the next page of results. */
async function showMore(ui: SearchUi) {
  const next = await Promise.all(ui.results.slice(ui.shown, ui.shown + PAGE_SIZE).map((r) => r.data()));
  ui.list.append(...next.map(resultItem));
  ui.shown += next.length;
  ui.more.hidden = ui.shown >= ui.results.length;
}

/** Shows the first page of `current`: the first results arrive together and what the query names exactly goes first (src/lib/search-rank.ts). */
async function showFirstPage(ui: SearchUi, q: string, current: PagefindResult[]) {
  const window = await Promise.all(current.slice(0, RERANK).map((r) => r.data()));
  if (ui.results !== current) return; // a newer search took over
  const order = firstPageOrder(q, window);
  ui.results = [...order.map((i) => current[i]), ...current.slice(RERANK)];
  for (const i of order.slice(0, PAGE_SIZE)) {
    ui.list.append(resultItem(window[i]));
    ui.shown++;
  }
  ui.list.setAttribute('aria-busy', 'false');
  ui.more.hidden = ui.shown >= ui.results.length;
}

/** Searches for `query` (debounced unless `now`) with the checked filters and shows the first page. */
async function runSearch(ui: SearchUi, query: string, now = false): Promise<void> {
  const q = query.trim();
  const f = checkedFilters(ui.filterBox);
  if (!q && Object.keys(f).length === 0) return clearResults(ui);
  const options = { filters: f };
  const pagefind = await ui.ready();
  const search = now
    ? await pagefind.search(q || null, options)
    : await pagefind.debouncedSearch(q || null, options, DEBOUNCE_MS);
  if (!search) return; // a newer keystroke took over
  if (ui.input.value.trim() !== q) return; // typed on while the search ran
  ui.results = search.results;
  ui.message.textContent = ui.status.textContent = countText(ui.results.length, q);
  ui.list.replaceChildren();
  // Busy while the first page of results arrives one by one (assistive technology waits for it).
  ui.list.setAttribute('aria-busy', 'true');
  ui.shown = 0;
  ui.more.hidden = true;
  await showFirstPage(ui, q, ui.results);
}

/**
 * Mounts the search interface in `container`, around the search form already in it (see
 * src/components/SearchForm.astro); `status` is a polite live region for the result
 * count. With `filters: true` the Pagefind filters are offered as checkboxes. With `eager: false`
 * Pagefind and its index load only when a search runs or the filters are opened. Returns
 * `{ form, input, run }` where `run(query)` searches at once.
 */
export function mountSearch(
  container: HTMLElement,
  status: HTMLElement,
  base: string,
  { filters = false, autofocus = false, eager = true } = {},
): { form: HTMLFormElement; input: HTMLInputElement; run: (q: string) => Promise<void> } {
  const form = container.querySelector<HTMLFormElement>('form.search-form')!;
  const input = form.querySelector<HTMLInputElement>('input.search-input')!;
  const ui: SearchUi = {
    input,
    status,
    message: h('p', { class: 'search-message', 'aria-hidden': 'true' }),
    list: h('ol', { class: 'search-results' }),
    more: h('button', { type: 'button', class: 'button search-more', hidden: true }, WORDS.more),
    filterBox: null,
    // Pagefind loads on first use (or at once, when `eager`); every search waits for it.
    ready: () => loadPagefind(base),
    results: [],
    shown: 0,
  };
  // Appended after the form: moving the form would take the focus from its box.
  container.append(ui.message, ui.list, ui.more);
  if (autofocus) input.focus();
  input.addEventListener('input', () => void runSearch(ui, input.value));
  if (eager) void ui.ready();
  if (filters) {
    ui.filterBox = filterGroups(
      async () => (await ui.ready()).filters(),
      () => void runSearch(ui, input.value),
    );
    form.after(ui.filterBox);
  }
  ui.more.addEventListener('click', () => {
    const focusAt = ui.shown;
    void showMore(ui).then(() => ui.list.children[focusAt]?.querySelector('a')?.focus());
  });
  arrowKeys(container, input);
  if (input.value) void runSearch(ui, input.value, true); // what was typed while this module loaded
  return { form, input, run: (q: string) => ((input.value = q), runSearch(ui, q, true)) };
}

/** Sets up the header's search dialog (opened by the head script) on first use; focus returns to `trigger` on close. */
export function openSearchDialog(base: string, trigger?: Element | null): void {
  const dialog = document.getElementById('search-dialog');
  if (!dialog) return;
  if (!dialog.dataset.mounted) {
    dialog.dataset.mounted = 'true';
    mountSearch(
      dialog.querySelector<HTMLElement>('[data-search-ui]')!,
      dialog.querySelector<HTMLElement>('[role="status"]')!,
      base,
      { autofocus: true },
    );
  }
  dialog.addEventListener('close', () => (trigger instanceof HTMLElement ? trigger.focus() : undefined), {
    once: true,
  });
}

/** The /search/ page: mount with filters, prefill from ?q=, keep ?q= in the address as the reader types. */
export function mountSearchPage(base: string): void {
  const container = document.getElementById('search-page-ui');
  const status = document.getElementById('search-page-status');
  if (!container || !status) return;
  // Nothing of the index loads until the reader types, opens the filters, or arrives with ?q=.
  const ui = mountSearch(container, status, base, { filters: true, autofocus: true, eager: false });
  const q = new URLSearchParams(location.search).get('q');
  if (q) void ui.run(q);
  // Here the form is the results page itself: submitting searches at once instead of reloading it.
  ui.form.addEventListener('submit', (e) => {
    e.preventDefault();
    void ui.run(ui.input.value);
  });
  ui.input.addEventListener('input', () => {
    const url = new URL(location.href);
    if (ui.input.value) url.searchParams.set('q', ui.input.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}

// On the /search/ page this module is loaded directly and mounts itself.
if (document.getElementById('search-page-ui')) mountSearchPage(document.documentElement.dataset.base || '/');
