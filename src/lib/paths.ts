/**
 * Internal links that respect the deployment's `base` (e.g. "/survey/" on GitHub Pages).
 * Every internal href goes through `href()`, so the site works at a root or under a sub-path.
 */

/** Joins `base` and a site path; keeps a single slash between them and a trailing slash on pages. */
export function joinBase(base: string, path: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const p = path.replace(/^\/+/, '');
  return `${b}${p}`;
}

/** A site-internal URL for `path` ("/methods/mar/" -> "<base>methods/mar/"). */
export function href(path: string): string {
  return joinBase(import.meta.env.BASE_URL, path);
}

/** The page of one method. */
export const methodHref = (slug: string) => href(`/methods/${slug}/`);

/** Pages that Astro writes as `<name>.html` at the root rather than `<name>/index.html`. */
const STATUS_PAGES = new Set(['404', '500']);

/**
 * The HTML file, relative to the build's output folder, that a page's URL path under `base` is written
 * to in Astro's `directory` build format: "/sub-path/methods/mar/" -> "methods/mar/index.html"; a
 * status page, "/404/" or "/404", -> "404.html".
 */
export function builtHtmlFile(urlPath: string, base: string): string {
  const b = base.endsWith('/') ? base : `${base}/`;
  const path = decodeURI(urlPath);
  if (!`${path}/`.startsWith(b)) throw new Error(`the page ${urlPath} is outside the base ${base}`);
  const rest = path.slice(b.length).replace(/\/$/, '');
  if (STATUS_PAGES.has(rest)) return `${rest}.html`;
  return rest === '' ? 'index.html' : `${rest}/index.html`;
}
