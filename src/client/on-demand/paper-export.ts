/**
 * The rows a table shows, as a table for a paper (LaTeX or Markdown): downloaded or copied. Loaded
 * when a reader asks for it; the rows are read from the table as shown (filtered, sorted), the
 * numbers from the site's JSON exports, the table from src/lib/paper-table.ts.
 */
import type { MethodExport, ResultExport } from '../../lib/export';
import type { MetricKey } from '../../lib/benchmarks';
import { latexTable, markdownTable, type PaperTableInput } from '../../lib/paper-table';

const json = async <T>(url: string) => (await (await fetch(url)).json()) as T;

/** The ids of the rows a table shows, in the order shown. */
function shownIds(table: HTMLTableElement, prefix: string): string[] {
  return [...table.tBodies[0].rows].filter((tr) => !tr.hidden).map((tr) => tr.id.slice(prefix.length));
}

/** Makes the table the control asks for (data-paper-export: "tex", "md" or "copy") and saves or copies it. */
export async function init(control: HTMLElement): Promise<void> {
  const d = control.dataset;
  const table = document.getElementById(d.table ?? '') as HTMLTableElement | null;
  if (!table) return;
  const [results, methods] = await Promise.all([json<ResultExport[]>(d.results!), json<MethodExport[]>(d.methods!)]);
  const byId = new Map(results.map((r) => [r.id, r]));
  const input: PaperTableInput = {
    rows: shownIds(table, d.rowPrefix ?? '').flatMap((id) => byId.get(id) ?? []),
    methods,
    metrics: (d.metrics ?? '').split(',') as MetricKey[],
    title: d.title ?? '',
    provenance: d.provenance ?? '',
    ranked: d.ranked !== undefined,
  };
  const kind = d.paperExport;
  const text = kind === 'md' ? markdownTable(input) : latexTable(input);
  const status = document.getElementById(d.status ?? '');
  const say = (words: string | undefined) => {
    if (status) status.textContent = (words ?? '').replace('{n}', String(input.rows.length));
  };
  if (kind === 'copy') {
    await navigator.clipboard.writeText(text);
    say(d.copied);
    return;
  }
  const url = URL.createObjectURL(new Blob([text], { type: kind === 'md' ? 'text/markdown' : 'application/x-tex' }));
  const a = Object.assign(document.createElement('a'), { href: url, download: d.filename ?? `table.${kind}` });
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 0);
  say(d.saved);
}
