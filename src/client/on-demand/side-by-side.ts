/**
 * The side-by-side view (the page /compare/side-by-side/): reads the chosen rows from the URL
 * (?rows=a,b), the rows and methods from the JSON exports, and renders every field aligned with the
 * differing ones marked (src/lib/side-by-side.ts). Rows are added from a list and removed by button;
 * the URL follows, so a selection can be shared. Loaded when the page's URL names rows or the
 * reader adds one.
 */
import type { MethodExport, ResultExport } from '../../lib/export';
import { MAX_ROWS, MIN_ROWS, queryOfRows, rowsFromQuery, sideBySide } from '../../lib/side-by-side';
import { SIDE_WORDS } from '../../i18n/side-words';

const json = async <T>(url: string) => (await (await fetch(url)).json()) as T;

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  props: Partial<HTMLElementTagNameMap[K]> = {},
  ...children: Array<Node | string>
) {
  const e = Object.assign(document.createElement(tag), props);
  e.append(...children);
  return e;
}

const started = new WeakSet<HTMLElement>();

export async function init(root: HTMLElement): Promise<void> {
  if (started.has(root)) return;
  started.add(root);
  const d = root.dataset;
  const locale = d.locale === 'zh' ? 'zh' : 'en';
  const w = SIDE_WORDS[locale];
  const [results, methods] = await Promise.all([json<ResultExport[]>(d.results!), json<MethodExport[]>(d.methods!)]);
  const byId = new Map(results.map((r) => [r.id, r]));
  const names = new Map(methods.map((m) => [m.slug, m.short_name]));
  /** The text a reader picks from the list: unique per row. */
  const optionOf = (r: ResultExport) =>
    `${r.model} · ${names.get(r.method) ?? r.method} · ${r.benchmark}${r.resolution ? ` ${r.resolution}` : ''} · ${r.id}`;
  const byOption = new Map(results.map((r) => [optionOf(r), r.id]));
  let chosen = rowsFromQuery(location.search, new Set(byId.keys()));

  const out = root.querySelector<HTMLElement>('[data-side-table]')!;
  const status = root.querySelector<HTMLElement>('[data-side-status]')!;
  const form = root.querySelector<HTMLFormElement>('form[data-side-add]')!;
  const input = form.querySelector<HTMLInputElement>('input')!;
  const list = root.querySelector<HTMLDataListElement>('datalist')!;
  list.replaceChildren(...results.map((r) => el('option', { value: optionOf(r) })));
  form.hidden = false;

  const render = () => {
    history.replaceState(null, '', `${location.pathname}${queryOfRows(chosen)}${location.hash}`);
    const view = sideBySide(
      chosen.map((id) => byId.get(id)!),
      methods,
      w,
      locale,
    );
    const differ = view.fields.filter((f) => f.differs).length;
    status.textContent = `${w.status(chosen.length, differ)}${chosen.length < MIN_ROWS ? ` ${w.fewer}` : ''}`;
    if (!chosen.length) return out.replaceChildren();
    const head = el(
      'tr',
      {},
      el('th', { scope: 'col' }, w.field),
      ...view.columns.map((c) => {
        const remove = el('button', { type: 'button', className: 'button remove' }, '×');
        remove.setAttribute('aria-label', w.remove(c.model));
        remove.addEventListener('click', () => {
          chosen = chosen.filter((id) => id !== c.id);
          render();
          input.focus();
        });
        const link = el('a', { href: `${d.methodsBase}${c.slug}/#row-${c.id}` }, c.model);
        return el('th', { scope: 'col' }, link, el('br'), el('span', { className: 'meta' }, c.method), ' ', remove);
      }),
    );
    const body = view.fields.map((f) => {
      const th = el('th', { scope: 'row' }, f.label);
      if (f.differs) th.append(' ', el('span', { className: 'differs' }, w.differs));
      const tr = el(
        'tr',
        {},
        th,
        ...f.values.map((v) => (v ? el('td', {}, v) : el('td', { className: 'missing' }, w.notStated))),
      );
      if (f.differs) tr.className = 'differs-row';
      return tr;
    });
    const table = el(
      'table',
      { className: 'data-table side-table' },
      el('caption', {}, w.caption(chosen.length)),
      el('thead', {}, head),
      el('tbody', {}, ...body),
    );
    out.replaceChildren(table);
  };

  form.addEventListener('submit', (e) => {
    e.preventDefault();
    const id = byOption.get(input.value) ?? (byId.has(input.value) ? input.value : undefined);
    if (!id) {
      status.textContent = w.unknown;
      return;
    }
    if (chosen.length >= MAX_ROWS) {
      status.textContent = w.full;
      return;
    }
    if (!chosen.includes(id)) chosen = [...chosen, id];
    input.value = '';
    render();
  });
  render();
}
