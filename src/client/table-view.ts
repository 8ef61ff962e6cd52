/**
 * Enhances a server-rendered results table (the compare table, each leaderboard): sort by any
 * column (click or keyboard), filter, keep the view in the URL query, and download the rows shown
 * as CSV or JSON. All logic comes from src/lib; this file only reads and writes the DOM. The page
 * arrives in its default view, so on load nothing is re-rendered unless the URL asks for another.
 *
 * Each filter form says what it drives: `data-table` (the table's id), `data-data` (the id of its
 * JSON rows), `data-row-prefix` (row ids are prefix + row id), `data-status`, `data-download-csv`,
 * `data-download-json` (ids of the status line and the download links) and `data-noun` ("rows").
 */
import {
  applyView,
  queryToView,
  viewToQuery,
  SORT_KEYS,
  type SortKey,
  type ViewRow,
  type ViewState,
} from '../lib/compare';
import { viewCsv, viewJson, type ResultExport } from '../lib/export';
import type { MetricKey } from '../lib/benchmarks';
import { FACETS, type FacetKey } from '../lib/facets';

const byId = <T extends HTMLElement>(id: string | undefined) => (id ? (document.getElementById(id) as T | null) : null);

function enhance(form: HTMLFormElement) {
  const { dataset } = form;
  const table = byId<HTMLTableElement>(dataset.table);
  const dataEl = byId(dataset.data);
  if (!table || !dataEl) return;
  const { rows, metric } = JSON.parse(dataEl.textContent ?? '{}') as { rows: ViewRow[]; metric: MetricKey };
  const tbody = table.tBodies[0];
  const trs = new Map(
    rows.map((r) => [r.id, document.getElementById(`${dataset.rowPrefix}${r.id}`) as HTMLTableRowElement]),
  );
  const status = byId(dataset.status);
  const headers = [...table.tHead!.rows[0].cells].filter((th) => th.dataset.sortKey && th.dataset.sortKey in SORT_KEYS);
  let view: ViewState = queryToView(location.search);
  let reordered = false; // whether the rows are out of the page's own order

  // Sort buttons: one per sortable header (in the page, shown with JavaScript), so sorting works by keyboard.
  for (const th of headers) {
    th.querySelector('button')?.addEventListener('click', () => {
      const key = th.dataset.sortKey as SortKey;
      view = { ...view, sort: key, dir: view.sort === key && view.dir === 'asc' ? 'desc' : 'asc' };
      render();
    });
  }

  const num = (v: FormDataEntryValue | null) => (v ? Number(v) : null);
  const readForm = (): ViewState => {
    const fd = new FormData(form);
    return {
      ...view,
      ...(Object.fromEntries(FACETS.map((f) => [f.key, fd.getAll(f.key)])) as Record<FacetKey, string[]>),
      guidance: (fd.get('guidance') as ViewState['guidance']) ?? 'all',
      reported: (fd.get('reported') as ViewState['reported']) ?? 'own',
      minParams: num(fd.get('min')),
      maxParams: num(fd.get('max')),
    };
  };
  const writeForm = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      const v = view[input.name as keyof ViewState];
      input.checked = Array.isArray(v) ? v.includes(input.value) : v === input.value;
    }
    for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
      const v = select.name === 'min' ? view.minParams : view.maxParams;
      select.value = v === null ? '' : String(v);
    }
  };

  function render() {
    const shown = applyView(rows, view, metric);
    const ids = new Set(shown.map((r) => r.id));
    // Touch only the rows whose visibility changes, and move rows only when the order is not the page's own.
    for (const [id, tr] of trs) if (tr.hidden === ids.has(id)) tr.hidden = !ids.has(id);
    if (view.sort || reordered) for (const r of view.sort ? shown : rows) tbody.append(trs.get(r.id)!);
    reordered = view.sort !== null;
    for (const th of headers)
      th.setAttribute(
        'aria-sort',
        th.dataset.sortKey === view.sort ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none',
      );
    // The sentence comes from the page, in its language (data-status-template with {shown} and {total}).
    const template = dataset.statusTemplate ?? `Showing {shown} of {total} ${dataset.noun ?? 'rows'}.`;
    if (status)
      status.textContent = template.replace('{shown}', String(shown.length)).replace('{total}', String(rows.length));
    history.replaceState(null, '', `${location.pathname}${viewToQuery(view)}${location.hash}`);
  }

  // The files of the rows shown are made when asked for, from the site's JSON export. A link marked
  // `data-whole-file` keeps its own file while the view is the page's default (a board's download
  // holds ranks the page does not list).
  const offer = (
    link: HTMLAnchorElement | null,
    make: (entries: ResultExport[], ids: string[]) => string,
    type: string,
    name: string,
  ) =>
    link?.addEventListener('click', (e) => {
      if (link.hasAttribute('data-whole-file') && !viewToQuery(view)) return;
      e.preventDefault();
      void download(link, make, type, name);
    });
  /** Fetches the whole export `link` names and saves the rows of the current view as `name`. */
  const download = async (
    link: HTMLAnchorElement,
    make: (entries: ResultExport[], ids: string[]) => string,
    type: string,
    name: string,
  ) => {
    const entries = (await (await fetch(link.dataset.json!)).json()) as ResultExport[];
    const url = URL.createObjectURL(
      new Blob(
        [
          make(
            entries,
            applyView(rows, view, metric).map((r) => r.id),
          ),
        ],
        { type },
      ),
    );
    const a = Object.assign(document.createElement('a'), { href: url, download: name });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  };
  offer(byId(dataset.downloadCsv), viewCsv, 'text/csv', 'results-view.csv');
  offer(byId(dataset.downloadJson), viewJson, 'application/json', 'results-view.json');

  writeForm();
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    view = readForm();
    render();
  });
  form.addEventListener('change', () => {
    view = readForm();
    render();
  });
  form.addEventListener('reset', () =>
    setTimeout(() => {
      view = { ...readForm(), sort: view.sort, dir: view.dir };
      render();
    }),
  );
  // The page arrives in the default view; only another view (from the URL) needs a render, and its
  // filters are shown open.
  const query = viewToQuery({ ...view, sort: null });
  if (query) form.closest('details')?.setAttribute('open', '');
  if (viewToQuery(view)) render();
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-table-view]')) enhance(form);
