/**
 * A built site read from disk as the link check takes it (scripts/lib/link-check.ts): every file by
 * its URL path under `base`, with the HTML of each page.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import type { BuiltFile } from './link-check';

/** Every file under `dir` as served under `base` ("/" or "/sub-path/"); pages carry their HTML. */
export function builtFiles(dir: string, base: string): BuiltFile[] {
  const files: BuiltFile[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const full = join(d, name);
      if (statSync(full).isDirectory()) walk(full);
      else {
        const rel = relative(dir, full).split(sep).join('/');
        const urlPath = base + (rel.endsWith('index.html') ? rel.slice(0, -'index.html'.length) : rel);
        files.push(rel.endsWith('.html') ? { urlPath, html: readFileSync(full, 'utf8') } : { urlPath });
      }
    }
  };
  walk(dir);
  return files;
}
