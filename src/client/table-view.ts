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

/** A table enhanced by its filter form: the elements it drives, its rows, and the current view. */
interface TableView {
  form: HTMLFormElement;
  table: HTMLTableElement;
  /** Each row's data (the page's JSON) and the metric the table ranks by. */
  rows: ViewRow[];
  metric: MetricKey;
  /** The table rows by row id. */
  trs: Map<string, HTMLTableRowElement>;
  status: HTMLElement | null;
  /** The sortable column headers. */
  headers: HTMLTableCellElement[];
  view: ViewState;
  /** Whether the rows are out of the page's own order. */
  reordered: boolean;
}

/** The table a filter form names, with its rows and the view of the URL; null when the page lacks them. */
function tableViewOf(form: HTMLFormElement): TableView | null {
  const { dataset } = form;
  const table = byId<HTMLTableElement>(dataset.table);
  const dataEl = byId(dataset.data);
  if (!table || !dataEl) return null;
  const { rows, metric } = JSON.parse(dataEl.textContent ?? '{}') as { rows: ViewRow[]; metric: MetricKey };
  const trs = new Map(
    rows.map((r) => [r.id, document.getElementById(`${dataset.rowPrefix}${r.id}`) as HTMLTableRowElement]),
  );
  const headers = [...table.tHead!.rows[0].cells].filter((th) => th.dataset.sortKey && th.dataset.sortKey in SORT_KEYS);
  return {
    form,
    table,
    rows,
    metric,
    trs,
    status: byId(dataset.status),
    headers,
    view: queryToView(location.search),
    reordered: false,
  };
}

const num = (v: FormDataEntryValue | null) => (v ? Number(v) : null);

/** The view the form's controls say, keeping the sort of `view`. */
function readForm(form: HTMLFormElement, view: ViewState): ViewState {
  const fd = new FormData(form);
  return {
    ...view,
    ...(Object.fromEntries(FACETS.map((f) => [f.key, fd.getAll(f.key)])) as Record<FacetKey, string[]>),
    guidance: (fd.get('guidance') as ViewState['guidance']) ?? 'all',
    reported: (fd.get('reported') as ViewState['reported']) ?? 'own',
    minParams: num(fd.get('min')),
    maxParams: num(fd.get('max')),
  };
}

/** Sets the form's controls to `view`. */
function writeForm(form: HTMLFormElement, view: ViewState) {
  for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
    const v = view[input.name as keyof ViewState];
    input.checked = Array.isArray(v) ? v.includes(input.value) : v === input.value;
  }
  for (const select of form.querySelectorAll<HTMLSelectElement>('select')) {
    const v = select.name === 'min' ? view.minParams : view.maxParams;
    select.value = v === null ? '' : String(v);
  }
}

/** Shows the rows of the current view in its order, marks the sorted column, says the count and keeps the view in the URL. */
function render(t: TableView) {
  const { view, rows, trs, headers, status } = t;
  const { dataset } = t.form;
  const shown = applyView(rows, view, t.metric);
  const ids = new Set(shown.map((r) => r.id));
  // Touch only the rows whose visibility changes, and move rows only when the order is not the page's own.
  for (const [id, tr] of trs) if (tr.hidden === ids.has(id)) tr.hidden = !ids.has(id);
  if (view.sort || t.reordered) for (const r of view.sort ? shown : rows) t.table.tBodies[0].append(trs.get(r.id)!);
  t.reordered = view.sort !== null;
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

/** Sort buttons: one per sortable header (in the page, shown with JavaScript), so sorting works by keyboard. */
function bindSorting(t: TableView) {
  for (const th of t.headers) {
    th.querySelector('button')?.addEventListener('click', () => {
      const key = th.dataset.sortKey as SortKey;
      t.view = { ...t.view, sort: key, dir: t.view.sort === key && t.view.dir === 'asc' ? 'desc' : 'asc' };
      render(t);
    });
  }
}

/** A file of the rows shown: made from the site's JSON export by `make`. */
interface Download {
  make: (entries: ResultExport[], ids: string[]) => string;
  type: string;
  name: string;
}

/** Fetches the whole export `link` names and saves the rows of the current view. */
async function download(t: TableView, link: HTMLAnchorElement, { make, type, name }: Download) {
  const entries = (await (await fetch(link.dataset.json!)).json()) as ResultExport[];
  const ids = applyView(t.rows, t.view, t.metric).map((r) => r.id);
  const url = URL.createObjectURL(new Blob([make(entries, ids)], { type }));
  const a = Object.assign(document.createElement('a'), { href: url, download: name });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The files of the rows shown are made when asked for, from the site's JSON export. A link marked
 * `data-whole-file` keeps its own file while the view is the page's default (a board's download
 * holds ranks the page does not list).
 */
function offerDownload(t: TableView, link: HTMLAnchorElement | null, file: Download) {
  link?.addEventListener('click', (e) => {
    if (link.hasAttribute('data-whole-file') && !viewToQuery(t.view)) return;
    e.preventDefault();
    void download(t, link, file);
  });
}

/** The form drives the view: a change or a submit filters at once; a reset clears the filters and keeps the sort. */
function bindForm(t: TableView) {
  const { form } = t;
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    t.view = readForm(form, t.view);
    render(t);
  });
  form.addEventListener('change', () => {
    t.view = readForm(form, t.view);
    render(t);
  });
  form.addEventListener('reset', () =>
    setTimeout(() => {
      t.view = { ...readForm(form, t.view), sort: t.view.sort, dir: t.view.dir };
      render(t);
    }),
  );
}

function enhance(form: HTMLFormElement) {
  const t = tableViewOf(form);
  if (!t) return;
  bindSorting(t);
  offerDownload(t, byId(form.dataset.downloadCsv), { make: viewCsv, type: 'text/csv', name: 'results-view.csv' });
  offerDownload(t, byId(form.dataset.downloadJson), {
    make: viewJson,
    type: 'application/json',
    name: 'results-view.json',
  });
  writeForm(form, t.view);
  bindForm(t);
  // The page arrives in the default view; only another view (from the URL) needs a render, and its
  // filters are shown open.
  const query = viewToQuery({ ...t.view, sort: null });
  if (query) form.closest('details')?.setAttribute('open', '');
  if (viewToQuery(t.view)) render(t);
}

for (const form of document.querySelectorAll<HTMLFormElement>('form[data-table-view]')) enhance(form);
