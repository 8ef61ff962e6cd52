/**
 * "Choose rows to compare" on a board or a table of every row: the first press adds a checkbox to
 * each row's header cell and a link to the side-by-side view of the chosen rows (two to six); the
 * next press takes them away. Loaded when the button is pressed.
 */
import { MAX_ROWS, queryOfRows } from '../../lib/side-by-side';
import { SIDE_WORDS } from '../../i18n/side-words';

export function init(button: HTMLElement): void {
  const d = button.dataset;
  const w = SIDE_WORDS[d.locale === 'zh' ? 'zh' : 'en'];
  const table = document.getElementById(d.table ?? '') as HTMLTableElement | null;
  const link = document.getElementById(d.link ?? '') as HTMLAnchorElement | null;
  if (!table || !link) return;
  const on = button.getAttribute('aria-pressed') !== 'true';
  button.setAttribute('aria-pressed', String(on));
  const prefix = d.rowPrefix ?? '';
  const boxes = () => [...table.querySelectorAll<HTMLInputElement>('input[data-pick]')];
  const update = () => {
    const chosen = boxes().filter((b) => b.checked);
    for (const b of boxes()) b.disabled = !b.checked && chosen.length >= MAX_ROWS;
    link.hidden = chosen.length === 0;
    link.textContent = w.chosen(chosen.length);
    link.href = `${d.side}${queryOfRows(chosen.map((b) => b.value))}`;
  };
  if (!on) {
    for (const b of boxes()) b.remove();
    link.hidden = true;
    return;
  }
  for (const tr of table.tBodies[0].rows) {
    const cell = tr.querySelector('th[scope="row"]');
    if (!cell || !tr.id.startsWith(prefix)) continue;
    const box = Object.assign(document.createElement('input'), { type: 'checkbox', value: tr.id.slice(prefix.length) });
    box.dataset.pick = '';
    box.className = 'pick';
    box.setAttribute('aria-label', w.pick(cell.textContent?.trim() ?? box.value));
    box.addEventListener('change', update);
    cell.prepend(box);
  }
  update();
  boxes()[0]?.focus();
}
