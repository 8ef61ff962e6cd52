// The only script on reading pages, inlined in <head> so that the stored theme applies before
// the first paint. It also wires the theme toggle and the "copy" buttons by event delegation.
(() => {
  const root = document.documentElement;
  const KEY = 'theme';
  let stored = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {}
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const isDark = () =>
    root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const sync = () => {
    for (const b of document.querySelectorAll('[data-theme-toggle]')) {
      b.hidden = false;
      b.setAttribute('aria-pressed', String(isDark()));
    }
    for (const b of document.querySelectorAll('[data-copy-target]')) b.hidden = false;
  };
  document.addEventListener('DOMContentLoaded', sync);
  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target : null;
    const toggle = el && el.closest('[data-theme-toggle]');
    if (toggle) {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {}
      sync();
      return;
    }
    const copy = el && el.closest('[data-copy-target]');
    const target = copy && document.getElementById(copy.dataset.copyTarget);
    if (target && navigator.clipboard) {
      navigator.clipboard.writeText(target.textContent).then(() => {
        const status = copy.querySelector('[data-copy-status]');
        if (status) status.textContent = 'Copied';
      });
    }
  });
})();
