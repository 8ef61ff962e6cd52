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
