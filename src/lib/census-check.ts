/**
 * The census's rules across files: every entry is valid, ids are unique, and no entry names a paper
 * that has a method page (a method is either on the site or in the census, never both).
 */
import type { z } from 'astro/zod';
import { formatIssue, valueAt, type RawFile } from './content-check';

/** The messages for the census file, each naming the file, the entry and the field; empty when valid. */
export function checkCensus(file: RawFile | undefined, methods: readonly RawFile[], schema: z.ZodType): string[] {
  if (!file) return [];
  if (file.parseError) return [`${file.path}: ${file.parseError}`];
  const parsed = schema.safeParse(file.data);
  if (!parsed.success) return parsed.error.issues.map((i) => formatIssue(file, i));
  const errors: string[] = [];
  const pages = new Map<string, string>();
  for (const m of methods) {
    const arxiv = valueAt(m.data, ['paper', 'arxiv']);
    if (typeof arxiv === 'string') pages.set(arxiv, m.path);
  }
  const seen = new Set<string>();
  for (const e of (parsed.data as { entries: Array<{ id: string; arxiv?: string }> }).entries) {
    const where = `${file.path}: entry "${e.id}"`;
    if (seen.has(e.id)) errors.push(`${where}: id is already used in the census; ids must be unique`);
    seen.add(e.id);
    const page = e.arxiv && pages.get(e.arxiv);
    if (page)
      errors.push(`${where}: arxiv "${e.arxiv}" has a method page (${page}); a method on the site leaves the census`);
  }
  return errors;
}
