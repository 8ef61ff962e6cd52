/**
 * Enhances the server-rendered comparison table: sort by any column (click or keyboard),
 * filter, keep the view in the URL query, and export the rows shown as CSV. All logic comes
 * from src/lib; this file only reads and writes the DOM. The page arrives in the default view,
 * so on load nothing is re-rendered unless the URL asks for another view.
 */
import { applyView, queryToView, viewToQuery, SORT_KEYS, type SortKey, type ViewRow, type ViewState } from '../lib/compare';
import { viewCsv, type ResultExport } from '../lib/export';

interface Data {
  rows: ViewRow[];
}

const table = document.getElementById('compare-table') as HTMLTableElement | null;
const form = document.getElementById('compare-filters') as HTMLFormElement | null;
const dataEl = document.getElementById('compare-data');
if (table && form && dataEl) {
  const data = JSON.parse(dataEl.textContent ?? '{}') as Data;
  const tbody = table.tBodies[0];
  const trs = new Map(data.rows.map((r) => [r.id, document.getElementById(`row-${r.id}`) as HTMLTableRowElement]));
  const status = document.getElementById('compare-status');
  const download = document.getElementById('download-view') as HTMLAnchorElement | null;
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

  const readForm = (): ViewState => {
    const fd = new FormData(form);
    return {
      ...view,
      family: fd.getAll('family') as ViewState['family'],
      contribution: fd.getAll('contribution') as ViewState['contribution'],
      tokenizer: fd.getAll('tokenizer') as ViewState['tokenizer'],
      backbone: fd.getAll('backbone') as ViewState['backbone'],
      guidance: (fd.get('guidance') as ViewState['guidance']) ?? 'all',
      reported: (fd.get('reported') as ViewState['reported']) ?? 'own',
    };
  };
  const writeForm = () => {
    for (const input of form.querySelectorAll<HTMLInputElement>('input')) {
      const v = view[input.name as keyof ViewState];
      input.checked = Array.isArray(v) ? (v as string[]).includes(input.value) : v === input.value;
    }
  };

  function render() {
    const shown = applyView(data.rows, view);
    const ids = new Set(shown.map((r) => r.id));
    // Touch only the rows whose visibility changes, and move rows only when the order is not the page's own.
    for (const [id, tr] of trs) if (tr.hidden === ids.has(id)) tr.hidden = !ids.has(id);
    if (view.sort || reordered) for (const r of view.sort ? shown : data.rows) tbody.append(trs.get(r.id)!);
    reordered = view.sort !== null;
    for (const th of headers)
      th.setAttribute('aria-sort', th.dataset.sortKey === view.sort ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none');
    if (status) status.textContent = `Showing ${shown.length} of ${data.rows.length} rows.`;
    history.replaceState(null, '', `${location.pathname}${viewToQuery(view)}${location.hash}`);
  }

  // The CSV of the rows shown is made when asked for, from the site's JSON export.
  download?.addEventListener('click', async (e) => {
    e.preventDefault();
    const entries = (await (await fetch(download.dataset.json!)).json()) as ResultExport[];
    const ids = applyView(data.rows, view).map((r) => r.id);
    const url = URL.createObjectURL(new Blob([viewCsv(entries, ids)], { type: 'text/csv' }));
    const a = Object.assign(document.createElement('a'), { href: url, download: 'results-view.csv' });
    a.click();
    setTimeout(() => URL.revokeObjectURL(url), 0);
  });

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
  // The page arrives in the default view; only another view (from the URL) needs a render.
  if (viewToQuery(view)) render();
}
