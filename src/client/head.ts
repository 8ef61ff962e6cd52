// The only script on reading pages, inlined in <head> so that the stored theme applies before
// the first paint. It also wires the theme toggle, the "copy" buttons and the search opener
// (Ctrl+K, Cmd+K, "/") by event delegation; search itself loads only when opened. The header menu
// works without it; with it, Escape or a click outside closes the menu.
(() => {
  const root = document.documentElement;
  root.dataset.js = ''; // shows the .js-only controls (theme, copy, animate) from the first paint
  const base = root.dataset.base || '/';
  /** An on-demand module: `init` starts it on its root element. */
  type OnDemand = Promise<{ init(root: HTMLElement): void }>;
  let search: Promise<{ openSearchDialog(base: string, trigger: Element | null): void }> | null = null;
  const openSearch = (trigger: Element | null) => {
    // Open and focus at once, so that no keystroke is lost while the search script loads.
    const dialog = document.getElementById('search-dialog') as HTMLDialogElement | null;
    if (!dialog) return;
    if (!dialog.open) dialog.showModal();
    dialog.querySelector('input')?.focus();
    search ??= import(/* @vite-ignore */ `${base}${dialog.dataset.module}`); // the built module's path (data-module)
    void search.then((m) => m.openSearchDialog(base, trigger));
  };
  const menu = () => document.querySelector<HTMLDetailsElement>('[data-nav-menu][open]');
  document.addEventListener('keydown', (e) => {
    if (e.key === 'Escape' && menu()) {
      // The header menu (a <details>) closes on Escape, and focus returns to its summary.
      const open = menu()!;
      open.open = false;
      open.querySelector('summary')?.focus();
      return;
    }
    const t = e.target;
    const typing = t instanceof HTMLElement && (t.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(t.tagName));
    if ((e.key === 'k' && (e.ctrlKey || e.metaKey)) || (e.key === '/' && !typing && !e.ctrlKey && !e.metaKey)) {
      if (!document.getElementById('search-dialog')) return;
      e.preventDefault();
      openSearch(document.activeElement);
    }
  });
  if (new URLSearchParams(location.search).has('highlight'))
    void (
      import(/* @vite-ignore */ `${base}pagefind/pagefind-highlight.js`) as Promise<{
        default: new (options: { highlightParam: string }) => unknown;
      }>
    ).then((m) => new m.default({ highlightParam: 'highlight' }));
  const KEY = 'theme';
  let stored = null;
  try {
    stored = localStorage.getItem(KEY);
  } catch {
    // storage blocked (private mode, a sandbox): the system theme applies
  }
  if (stored === 'light' || stored === 'dark') root.dataset.theme = stored;
  const isDark = () =>
    root.dataset.theme ? root.dataset.theme === 'dark' : matchMedia('(prefers-color-scheme: dark)').matches;
  const sync = () => {
    for (const b of document.querySelectorAll('[data-theme-toggle]')) b.setAttribute('aria-pressed', String(isDark()));
  };
  document.addEventListener('DOMContentLoaded', sync);
  // A module whose state is in the URL (data-module-query names the parameter) loads at once when
  // the URL carries it, or always when the attribute is empty (a page that is the tool itself);
  // otherwise on the reader's first click, below.
  document.addEventListener('DOMContentLoaded', () => {
    const q = new URLSearchParams(location.search);
    for (const root of document.querySelectorAll<HTMLElement>('[data-module-query]'))
      if (!root.dataset.moduleQuery || q.has(root.dataset.moduleQuery))
        void (import(/* @vite-ignore */ `${base}${root.dataset.module}`) as OnDemand).then((m) => m.init(root));
  });
  document.addEventListener('click', (e) => {
    const el = e.target instanceof Element ? e.target : null;
    const open = menu();
    if (open && !(el && open.contains(el))) open.open = false; // a click outside the open menu closes it
    const toggle = el && el.closest('[data-theme-toggle]');
    if (toggle) {
      const next = isDark() ? 'light' : 'dark';
      root.dataset.theme = next;
      try {
        localStorage.setItem(KEY, next);
      } catch {
        // storage blocked: the choice lasts for this page only
      }
      sync();
      return;
    }
    const opener = el && el.closest('[data-search-open]');
    if (opener && document.getElementById('search-dialog')) {
      e.preventDefault();
      openSearch(opener);
      return;
    }
    const loader = el && el.closest<HTMLElement>('[data-module]');
    if (loader) {
      void (import(/* @vite-ignore */ `${base}${loader.dataset.module}`) as OnDemand).then((m) =>
        m.init(loader.closest<HTMLElement>('[data-module-root]') ?? loader),
      );
      return;
    }
    const copy = el && el.closest<HTMLElement>('[data-copy-target]');
    const target = copy && document.getElementById(copy.dataset.copyTarget!);
    if (target && navigator.clipboard) {
      void navigator.clipboard.writeText(target.textContent ?? '').then(() => {
        const status = copy.querySelector('[data-copy-status]');
        if (status) status.textContent = copy.dataset.copied || 'Copied';
      });
    }
  });
})();
