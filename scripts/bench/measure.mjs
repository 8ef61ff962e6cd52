// What a reader's browser loads: bytes transferred by kind (compressed as the server sent them),
// the page's own HTML size, and requests per page type; and the bytes and time of a first search
// (open the dialog, type a word, wait for the first result).

/** Bytes of a response as transferred (body as encoded on the wire); 0 when unknown. */
const transferred = (res) =>
  res
    .request()
    .sizes()
    .then(
      (s) => s.responseBodySize,
      () => 0,
    );

/** Bytes by kind (html, css, js, font, other), stylesheet count, inline script bytes and requests, per page type. */
export async function measurePageTypes(browser, base, types) {
  const out = {};
  for (const [type, path] of Object.entries(types)) {
    const page = await browser.newPage();
    const bytes = { html: 0, css: 0, js: 0, font: 0, other: 0 };
    let requests = 0;
    let stylesheets = 0;
    const reads = [];
    page.on('response', (res) => {
      requests++;
      const t = res.request().resourceType();
      if (t === 'stylesheet') stylesheets++;
      const key =
        t === 'document'
          ? 'html'
          : t === 'stylesheet'
            ? 'css'
            : t === 'script'
              ? 'js'
              : t === 'font'
                ? 'font'
                : 'other';
      reads.push(transferred(res).then((n) => (bytes[key] += n)));
    });
    const response = await page.goto(base + path, { waitUntil: 'networkidle' });
    await Promise.all(reads);
    const htmlRaw = (await response.body()).length;
    const inlineJs = await page.evaluate(() =>
      [...document.querySelectorAll('script:not([src]):not([type="application/json"])')].reduce(
        (s, e) => s + new TextEncoder().encode(e.textContent).length,
        0,
      ),
    );
    out[type] = { ...bytes, htmlRaw, inlineJs, stylesheets, requests };
    await page.close();
  }
  return out;
}

/**
 * A first search from the home page in a fresh context: bytes transferred for it, and ms from the
 * reader's last keystroke to the first result on screen (both instants taken inside the page).
 */
export async function firstSearch(browser, base, query = 'autoregressive') {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(base, { waitUntil: 'networkidle' });
  await page.evaluate(() => {
    const w = window;
    document.addEventListener('keydown', () => (w.__lastKeyAt = performance.now()), true);
    new MutationObserver((_, obs) => {
      if (document.querySelector('#search-dialog .search-result__link')) {
        w.__firstResultAt = performance.now();
        obs.disconnect();
      }
    }).observe(document.body, { childList: true, subtree: true });
  });
  let bytes = 0;
  const reads = [];
  page.on('response', (res) => reads.push(transferred(res).then((n) => (bytes += n))));
  await page.keyboard.press('Control+k');
  await page.keyboard.type(query);
  await page.locator('#search-dialog .search-result__link').first().waitFor();
  const firstResultMs = Math.round(await page.evaluate(() => window.__firstResultAt - window.__lastKeyAt));
  await page.waitForLoadState('networkidle');
  await Promise.all(reads);
  await context.close();
  return { bytes, firstResultMs };
}
