// Search, loaded only when a reader opens it: Pagefind's own UI (its script, styles and index
// come from the site's /pagefind/ folder), mounted in the header dialog or on the /search/ page.
// Adds what the UI lacks: an announced result count, arrow keys between results, ?q= on /search/.

let loading = null;

/** Loads pagefind-ui.js and its stylesheet once; resolves to the PagefindUI class. */
function loadPagefindUI(base) {
  loading ??= new Promise((resolve, reject) => {
    const css = document.createElement('link');
    css.rel = 'stylesheet';
    css.href = `${base}pagefind/pagefind-ui.css`;
    document.head.append(css);
    const script = document.createElement('script');
    script.src = `${base}pagefind/pagefind-ui.js`;
    script.onload = () => resolve(window.PagefindUI);
    script.onerror = () => reject(new Error('search could not be loaded'));
    document.head.append(script);
  });
  return loading;
}

/** Copies the UI's "N results for ..." message into a polite live region so that it is announced. */
function announceCount(container, status) {
  new MutationObserver(() => {
    const message = container.querySelector('.pagefind-ui__message');
    if (message && status.textContent !== message.textContent) status.textContent = message.textContent;
  }).observe(container, { childList: true, subtree: true, characterData: true });
}

/** ArrowDown/ArrowUp move focus between the search box and the result links. */
function arrowKeys(container) {
  container.addEventListener('keydown', (e) => {
    if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
    const stops = [container.querySelector('.pagefind-ui__search-input'), ...container.querySelectorAll('.pagefind-ui__result-link')].filter(Boolean);
    const i = stops.indexOf(document.activeElement);
    if (i === -1) return;
    e.preventDefault();
    const next = stops[Math.max(0, Math.min(stops.length - 1, i + (e.key === 'ArrowDown' ? 1 : -1)))];
    next.focus();
  });
}

/** Mounts Pagefind's UI in `container`; `status` is a live region for the result count. */
export async function mountSearch(container, status, base, options = {}) {
  const PagefindUI = await loadPagefindUI(base);
  const ui = new PagefindUI({
    element: container,
    bundlePath: `${base}pagefind/`,
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    highlightParam: 'highlight',
    resetStyles: false,
    translations: { placeholder: 'Search methods, models and concepts' },
    // Long method pages should not lose to short ones that repeat a word: damp the length bonus.
    ranking: { pageLength: 0.2 },
    ...options,
  });
  const input = container.querySelector('.pagefind-ui__search-input');
  if (input) input.setAttribute('aria-label', 'Search the survey');
  announceCount(container, status);
  arrowKeys(container);
  return ui;
}

/** Opens the header's search dialog, mounting the UI on first use; focus returns to `trigger` on close. */
export async function openSearchDialog(base, trigger) {
  const dialog = document.getElementById('search-dialog');
  if (!dialog) return;
  if (!dialog.dataset.mounted) {
    dialog.dataset.mounted = 'true';
    await mountSearch(dialog.querySelector('[data-search-ui]'), dialog.querySelector('[role="status"]'), base);
  }
  if (!dialog.open) dialog.showModal();
  dialog.querySelector('input')?.focus();
  dialog.addEventListener('close', () => trigger?.focus?.(), { once: true });
}

/** The /search/ page: mount, prefill from ?q=, keep ?q= in the address as the reader types. */
export async function mountSearchPage(base) {
  const container = document.getElementById('search-page-ui');
  const status = document.getElementById('search-page-status');
  if (!container || !status) return;
  const ui = await mountSearch(container, status, base, { autofocus: true, showEmptyFilters: false });
  const q = new URLSearchParams(location.search).get('q');
  if (q) ui.triggerSearch(q);
  container.addEventListener('input', (e) => {
    if (!(e.target instanceof HTMLInputElement) || e.target.type === 'checkbox') return;
    const url = new URL(location.href);
    if (e.target.value) url.searchParams.set('q', e.target.value);
    else url.searchParams.delete('q');
    history.replaceState(null, '', url);
  });
}

// On the /search/ page this module is loaded directly and mounts itself.
if (document.getElementById('search-page-ui')) mountSearchPage(document.documentElement.dataset.base || '/');
