/**
 * Internal link checking over a built site, as pure functions: given every page's HTML by its
 * path, report links that leave the base, point at no page or file, or name a missing #fragment.
 */

/** One built file: its URL path (e.g. "/survey/methods/mar/") and, for pages, its HTML. */
export interface BuiltFile {
  urlPath: string;
  html?: string;
}

const ATTR = /\s(?:href|src)="([^"]*)"/g;
const ID = /\sid="([^"]*)"/g;

/** Site-internal URLs referenced by a page (absolute paths and fragments; external URLs skipped). */
export function internalLinks(html: string): string[] {
  const out: string[] = [];
  for (const m of html.matchAll(ATTR)) {
    const url = m[1].replace(/&amp;/g, '&');
    if (/^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith('//')) continue;
    out.push(url);
  }
  return out;
}

/** The ids defined in a page. */
function idsOf(html: string): Set<string> {
  return new Set([...html.matchAll(ID)].map((m) => m[1]));
}

/** Problems with internal links across the site (empty when every link resolves). */
export function brokenLinks(files: readonly BuiltFile[], base: string): string[] {
  const byPath = new Map(files.map((f) => [f.urlPath, f]));
  const ids = new Map(files.filter((f) => f.html).map((f) => [f.urlPath, idsOf(f.html as string)]));
  const problems: string[] = [];
  for (const page of files) {
    if (!page.html) continue;
    for (const link of internalLinks(page.html)) {
      const [pathPart, fragment] = link.split('#', 2);
      const target = pathPart === '' ? page.urlPath : new URL(pathPart, `http://x${page.urlPath}`).pathname;
      if (!target.startsWith(base)) {
        problems.push(`${page.urlPath}: link "${link}" leaves the base ${base}`);
        continue;
      }
      const file = byPath.get(target) ?? byPath.get(decodeURI(target));
      if (!file) {
        problems.push(`${page.urlPath}: link "${link}" points at nothing`);
        continue;
      }
      if (fragment && !ids.get(file.urlPath)?.has(decodeURIComponent(fragment)))
        problems.push(`${page.urlPath}: link "${link}" names a missing #${fragment}`);
    }
  }
  return problems;
}
