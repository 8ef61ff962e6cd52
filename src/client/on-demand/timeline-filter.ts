// The timeline's family filter, loaded on demand: by the first click in the filter, or at load when
// the URL asks for families (?family=next-scale,diffusion). Without it every entry stays listed.

/** Applies the checked families to the entries and years; keeps them in the URL. */
export function init(root: HTMLElement | null): void {
  if (!root || root.dataset.ready) return;
  root.dataset.ready = 'true';
  const boxes = [...root.querySelectorAll<HTMLInputElement>('input[name="family"]')];
  const entries = [...document.querySelectorAll<HTMLElement>('[data-timeline-entry]')];
  const status = root.querySelector<HTMLElement>('[role="status"]')!;
  const wanted = new URLSearchParams(location.search).get('family');
  if (wanted) for (const b of boxes) b.checked = wanted.split(',').includes(b.value);

  const apply = () => {
    const on = boxes.filter((b) => b.checked).map((b) => b.value);
    let shown = 0;
    for (const li of entries) {
      li.hidden = on.length > 0 && !on.includes(li.dataset.family ?? '');
      if (!li.hidden) shown++;
    }
    for (const section of document.querySelectorAll<HTMLElement>('[data-timeline-year]'))
      section.hidden = ![...section.querySelectorAll<HTMLElement>('[data-timeline-entry]')].some((li) => !li.hidden);
    // The sentence comes from the page, in its language (data-template with {shown} and {total}).
    status.textContent = (status.dataset.template || 'Showing {shown} of {total} papers.')
      .replace('{shown}', String(shown))
      .replace('{total}', String(entries.length));
    const q = new URLSearchParams(location.search);
    if (on.length) q.set('family', on.join(','));
    else q.delete('family');
    const s = q.toString();
    history.replaceState(null, '', `${location.pathname}${s ? `?${s}` : ''}${location.hash}`);
  };
  root.addEventListener('change', apply);
  root.querySelector('[data-act="all"]')!.addEventListener('click', () => {
    for (const b of boxes) b.checked = false;
    apply();
  });
  apply();
}
