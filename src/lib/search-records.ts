/**
 * Every result row as a search record of its own, so that a query for a model name ("LlamaGen-3B",
 * "MAR-B") or a model and a metric ("VAR-d30 FID") finds the row itself, titled with the model and
 * linking to the row's anchor on its method page. Built from the public exports after the build
 * (see src/integrations/pagefind.ts), so that the index and the downloads say the same thing.
 */
import type { MethodExport, ResultExport } from './export';
import { formatParams, samplingLabel } from './results';
import { CONTRIBUTION_LABELS, FAMILY_LABELS, TOKENIZER_KIND_LABELS, type CfgSchedule, type Contribution, type Family, type TokenizerKind } from './vocab';

export interface SearchRecord {
  /** Path from the site root, without the base: "/methods/llamagen/#row-<id>". */
  url: string;
  /** The text that is searched and shown as the excerpt. */
  content: string;
  language: string;
  meta: Record<string, string>;
  filters: Record<string, string[]>;
}

/** "arXiv 2406.06525 v1, Table 6" or "FoundationVision/VAR README.md @ ec13996". */
function sourceText(s: ResultExport['source']): string {
  return 'repo' in s ? `${s.repo} ${s.file} at ${s.commit.slice(0, 7)}` : `arXiv ${s.arxiv} ${s.version}, ${s.table}`;
}

export function rowSearchRecords(results: readonly ResultExport[], methods: readonly MethodExport[]): SearchRecord[] {
  const bySlug = new Map(methods.map((m) => [m.slug, m]));
  return results.map((r) => {
    const m = bySlug.get(r.method);
    const printer = bySlug.get(r.reported_in);
    if (!m || !printer) throw new Error(`results row "${r.id}" names a method that is not exported`);
    const sampling = samplingLabel({
      sampling: {
        guidance: r.guidance ?? undefined,
        cfg: r.guidance === false ? undefined : (r.cfg ?? undefined),
        cfg_schedule: (r.cfg_schedule as CfgSchedule | null) ?? undefined,
        steps: r.steps ?? undefined,
        top_k: r.top_k ?? undefined,
        top_p: r.top_p ?? undefined,
        temperature: r.temperature ?? undefined,
      },
    });
    const res = r.gen_resolution && r.gen_resolution !== r.resolution ? `generated at ${r.gen_resolution}, evaluated at ${r.resolution}` : `${r.resolution}×${r.resolution}`;
    const parts = [
      `${r.model}, ${m.short_name}.`,
      `FID ${r.fid}${r.is !== null ? `, IS ${r.is}` : ''}${r.precision !== null ? `, precision ${r.precision}` : ''}${r.recall !== null ? `, recall ${r.recall}` : ''}.`,
      r.params_m !== null ? `${formatParams(r.params_m)} parameters.` : '',
      `ImageNet ${res}; ${sampling}.`,
      `Reported in ${printer.short_name === m.short_name ? 'its own' : `${printer.short_name}'s`} ${'repo' in r.source ? 'repository' : 'paper'}: ${sourceText(r.source)}${r.release === 'later' ? ' (a later release by the authors)' : ''}.`,
    ];
    return {
      url: `/methods/${r.method}/#row-${r.id}`,
      content: parts.filter(Boolean).join(' '),
      language: 'en',
      meta: { title: `${r.model} · ${m.short_name}`, kind: 'Result row' },
      filters: {
        family: [FAMILY_LABELS[m.family as Family]],
        contribution: [CONTRIBUTION_LABELS[m.contribution as Contribution]],
        tokenizer: [TOKENIZER_KIND_LABELS[r.tokenizer_kind as TokenizerKind]],
        role: [m.role],
        kind: ['result row'],
      },
    };
  });
}
