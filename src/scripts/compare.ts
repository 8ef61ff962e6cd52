/**
 * Enhances the server-rendered comparison table: sort by any column (click or keyboard),
 * filter, keep the view in the URL query, and export the rows shown as CSV. All logic comes
 * from src/lib; this file only reads and writes the DOM.
 */
import { applyView, queryToView, viewToQuery, SORT_KEYS, type CompareRow, type SortKey, type ViewState } from '../lib/compare';
import { toCsv } from '../lib/csv';
import { RESULT_CSV_COLUMNS } from '../lib/export';

interface Data {
  rows: CompareRow[];
  csv: Record<string, Record<string, unknown>>;
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
  let blobUrl: string | null = null;

  // Sort buttons: one per sortable header, so sorting works by keyboard (Tab, Enter/Space).
  for (const th of headers) {
    const button = document.createElement('button');
    button.type = 'button';
    button.append(...th.childNodes);
    th.append(button);
    button.addEventListener('click', () => {
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
    for (const tr of trs.values()) tr.hidden = true;
    for (const r of shown) {
      const tr = trs.get(r.id)!;
      tr.hidden = false;
      tbody.append(tr);
    }
    for (const th of headers)
      th.setAttribute('aria-sort', th.dataset.sortKey === view.sort ? (view.dir === 'asc' ? 'ascending' : 'descending') : 'none');
    if (status) status.textContent = `Showing ${shown.length} of ${data.rows.length} rows.`;
    history.replaceState(null, '', `${location.pathname}${viewToQuery(view)}${location.hash}`);
    if (download) {
      if (blobUrl) URL.revokeObjectURL(blobUrl);
      const csv = toCsv(shown.map((r) => data.csv[r.id]), RESULT_CSV_COLUMNS);
      blobUrl = URL.createObjectURL(new Blob([csv], { type: 'text/csv' }));
      download.href = blobUrl;
      download.download = 'results-view.csv';
      download.textContent = `Download this view (${shown.length} rows, CSV)`;
    }
  }

  form.hidden = false;
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
  render();
}
