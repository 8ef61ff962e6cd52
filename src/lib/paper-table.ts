/**
 * A view of the site's rows as a table for a paper: LaTeX (booktabs, one \cite{} per row with the
 * keys of /data/references.bib) and Markdown (pandoc citations, [@key]). The settings that differ
 * between the rows become columns; those every row shares go into the caption, so a reader of the
 * paper sees what is and is not comparable. Works on the public exports, so the same function runs
 * at build time (a board's .tex and .md files) and in the browser (the filtered view).
 */
import type { MethodExport, ResultExport } from './export';
import { metric, type MetricKey } from './benchmarks';
import { POST_TRAINING, PROMPT } from './vocab';
import { formatParams } from './results';

export interface PaperTableInput {
  /** The rows, in the order shown (a board's rank order, or the table's sort). */
  rows: readonly ResultExport[];
  methods: readonly MethodExport[];
  /** The metric columns, the ranked one first. */
  metrics: readonly MetricKey[];
  /** What the table holds: a board's title and setting, or "the filtered rows of ...". */
  title: string;
  /** Where and when the data was taken: site, date, export version, address. */
  provenance: string;
  /** Number the rows (a board's ranks) in a first column. */
  ranked?: boolean;
}

/** One setting a row may state: its column header and the row's value as text (null where not stated). */
interface Setting {
  header: string;
  value: (r: ResultExport) => string | null;
}

const SETTINGS: readonly Setting[] = [
  {
    header: 'Resolution',
    value: (r) =>
      r.resolution === null
        ? r.gen_resolution === null
          ? null
          : String(r.gen_resolution)
        : r.gen_resolution !== null && r.gen_resolution !== r.resolution
          ? `${r.gen_resolution} → ${r.resolution}`
          : String(r.resolution),
  },
  {
    header: 'Guidance',
    value: (r) =>
      r.guidance === false ? 'none' : r.cfg !== null && r.cfg !== 1 ? `CFG ${r.cfg}` : r.guidance ? 'yes' : null,
  },
  { header: 'Steps', value: (r) => (r.steps === null ? null : String(r.steps)) },
  {
    header: 'Prompts',
    value: (r) => (r.prompts === null ? null : `${PROMPT[r.prompts].label.en}${r.rewriter ? ` (${r.rewriter})` : ''}`),
  },
  {
    header: 'Post-training',
    value: (r) => (r.post_training === null ? null : POST_TRAINING[r.post_training].label.en),
  },
];

/** The settings that differ between the rows (columns) and those every row states alike (caption). */
function splitSettings(rows: readonly ResultExport[]) {
  const columns: Setting[] = [];
  const shared: Array<[string, string]> = [];
  for (const s of SETTINGS) {
    const values = rows.map(s.value);
    if (values.every((v) => v === null)) continue;
    const first = values[0];
    if (first !== null && values.every((v) => v === first)) shared.push([s.header, first]);
    else columns.push(s);
  }
  return { columns, shared };
}

/** Where in its source a row's number is printed: "Tab. 6" for a paper table, "repository" for a file. */
function placeOf(r: ResultExport): string {
  if ('repo' in r.source)
    return r.source.table ? `${r.source.table.replace(/^Table\s+/, 'Tab. ')} (repository)` : 'repository';
  return r.source.table.replace(/^Table\s+/, 'Tab. ');
}

function methodsBySlug(methods: readonly MethodExport[]) {
  const bySlug = new Map(methods.map((m) => [m.slug, m]));
  return (slug: string) => {
    const m = bySlug.get(slug);
    if (!m) throw new Error(`a row names method "${slug}", which is not in methods.json`);
    return m;
  };
}

const formatValue = (k: MetricKey, v: number | null | undefined) =>
  v === null || v === undefined ? '' : v.toFixed(Math.max(metric(k).decimals, (String(v).split('.')[1] ?? '').length));

/** Characters outside ASCII that LaTeX needs spelled out (pdfLaTeX, no extra packages). */
const LATEX_CHARS: Record<string, string> = {
  '×': '$\\times$',
  '²': '\\textsuperscript{2}',
  Σ: '$\\Sigma$',
  α: '$\\alpha$',
  β: '$\\beta$',
  σ: '$\\sigma$',
  π: '$\\pi$',
  ω: '$\\omega$',
  ℓ: '$\\ell$',
  '†': '\\textdagger{}',
  '‡': '\\textdaggerdbl{}',
  '↑': '$\\uparrow$',
  '↓': '$\\downarrow$',
  '→': '$\\to$',
  '⊕': '$\\oplus$',
  '≠': '$\\neq$',
  '≤': '$\\leq$',
  '≥': '$\\geq$',
  '·': '$\\cdot$',
  '–': '--',
  '—': '---',
  '‘': '`',
  '’': "'",
  '“': '``',
  '”': "''",
  é: "\\'e",
  ö: '\\"o',
  ü: '\\"u',
};

/** Text as LaTeX: special characters escaped, known symbols spelled out; any other non-ASCII character is an error. */
export function escapeLatex(text: string): string {
  return [...text]
    .map((c) => {
      if (c in LATEX_CHARS) return LATEX_CHARS[c];
      switch (c) {
        case '\\':
          return '\\textbackslash{}';
        case '&':
        case '%':
        case '$':
        case '#':
        case '_':
        case '{':
        case '}':
          return `\\${c}`;
        case '~':
          return '\\textasciitilde{}';
        case '^':
          return '\\textasciicircum{}';
      }
      if (c.charCodeAt(0) > 0x7e)
        throw new Error(`"${text}" has "${c}", which the LaTeX export cannot spell yet (add it to LATEX_CHARS)`);
      return c;
    })
    .join('');
}

/** The LaTeX table of the rows: booktabs, a \cite{} per row, differing settings as columns and the shared ones in the caption. */
export function latexTable(input: PaperTableInput): string {
  const { rows, metrics, title, provenance, ranked = false } = input;
  const method = methodsBySlug(input.methods);
  const { columns, shared } = splitSettings(rows);
  const header = [
    ...(ranked ? ['\\#'] : []),
    'Model',
    'Method',
    'Source',
    ...metrics.map(
      (k) => `${escapeLatex(metric(k).label.en)}${metric(k).better === 'lower' ? '$\\downarrow$' : '$\\uparrow$'}`,
    ),
    'Params',
    ...columns.map((c) => c.header),
  ];
  const align = `${ranked ? 'r' : ''}lll${'r'.repeat(metrics.length)}r${'l'.repeat(columns.length)}`;
  const body = rows.map((r, i) => {
    const m = method(r.method);
    const printer = method(r.reported_in);
    const source = `\\cite{${printer.bibtex_key}}, ${escapeLatex(placeOf(r))}`;
    return [
      ...(ranked ? [String(i + 1)] : []),
      escapeLatex(r.model),
      // The method's own paper is cited beside its name only where another paper prints the number.
      printer === m ? escapeLatex(m.short_name) : `${escapeLatex(m.short_name)}~\\cite{${m.bibtex_key}}`,
      source,
      ...metrics.map((k) => formatValue(k, r.metrics[k]) || '--'),
      formatParams(r.params_m ?? undefined) ?? '--',
      ...columns.map((c) => escapeLatex(c.value(r) ?? '--')),
    ].join(' & ');
  });
  const sharedText = shared.length
    ? ` All rows: ${shared.map(([h, v]) => `${h.toLowerCase()} ${escapeLatex(v)}`).join('; ')}.`
    : '';
  return [
    '% Requires \\usepackage{booktabs}; the citation keys are those of references.bib.',
    '\\begin{table}[t]',
    '\\centering',
    '\\small',
    `\\caption{${escapeLatex(title)}.${sharedText} ${escapeLatex(provenance)}}`,
    `\\begin{tabular}{${align}}`,
    '\\toprule',
    `${header.join(' & ')} \\\\`,
    '\\midrule',
    ...body.map((b) => `${b} \\\\`),
    '\\bottomrule',
    '\\end{tabular}',
    '\\end{table}',
    '',
  ].join('\n');
}

const escapeMarkdown = (text: string) => text.replace(/\|/g, '\\|');

/** The same table in Markdown (a pipe table; citations as pandoc's [@key]), the caption above it. */
export function markdownTable(input: PaperTableInput): string {
  const { rows, metrics, title, provenance, ranked = false } = input;
  const method = methodsBySlug(input.methods);
  const { columns, shared } = splitSettings(rows);
  const header = [
    ...(ranked ? ['#'] : []),
    'Model',
    'Method',
    'Source',
    ...metrics.map((k) => `${metric(k).label.en} ${metric(k).better === 'lower' ? '↓' : '↑'}`),
    'Params',
    ...columns.map((c) => c.header),
  ];
  const align = [
    ...(ranked ? ['---:'] : []),
    '---',
    '---',
    '---',
    ...metrics.map(() => '---:'),
    '---:',
    ...columns.map(() => '---'),
  ];
  const line = (cells: readonly string[]) => `| ${cells.map(escapeMarkdown).join(' | ')} |`;
  const body = rows.map((r, i) => {
    const m = method(r.method);
    return line([
      ...(ranked ? [String(i + 1)] : []),
      r.model,
      r.reported_in === r.method ? m.short_name : `${m.short_name} [@${m.bibtex_key}]`,
      `[@${method(r.reported_in).bibtex_key}], ${placeOf(r)}`,
      ...metrics.map((k) => formatValue(k, r.metrics[k]) || '–'),
      formatParams(r.params_m ?? undefined) ?? '–',
      ...columns.map((c) => c.value(r) ?? '–'),
    ]);
  });
  const sharedText = shared.length ? ` All rows: ${shared.map(([h, v]) => `${h.toLowerCase()} ${v}`).join('; ')}.` : '';
  return [`${title}.${sharedText} ${provenance}`, '', line(header), `| ${align.join(' | ')} |`, ...body, ''].join('\n');
}

/** A board's paper table input: its rows (by id, in rank order) from the exports, its board metrics, its English words. */
export function boardPaperInput(
  ids: readonly string[],
  results: readonly ResultExport[],
  methods: readonly MethodExport[],
  words: { title: string; metrics: readonly MetricKey[]; provenance: string },
): PaperTableInput {
  const byId = new Map(results.map((r) => [r.id, r]));
  return {
    rows: ids.map((id) => {
      const r = byId.get(id);
      if (!r) throw new Error(`row "${id}" is not in the results export`);
      return r;
    }),
    methods,
    metrics: words.metrics,
    title: words.title,
    provenance: words.provenance,
    ranked: true,
  };
}

/** "Data: AR Image Generation Survey, 2026-12-06 (export schema v2), https://…/leaderboard/." */
export const provenanceOf = (site: string, date: string, version: number, url: string) =>
  `Data: ${site}, ${date} (export schema v${version}), ${url}`;
