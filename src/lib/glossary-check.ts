/**
 * Finds the renderings a glossary rejects (src/i18n/zh-glossary.ts) in a text, and words the guard's
 * message for a file. Pure: the build guard passes a translation's lines, a unit test the interface strings.
 */
import type { GlossaryTerm } from '../i18n/zh-glossary';

/** One use of a rejected rendering. */
export interface GlossaryHit {
  /** The text as it stands, e.g. "矢量量化". */
  variant: string;
  /** What the glossary writes instead, e.g. "向量量化（VQ）". */
  preferred: string;
  /** Where the variant starts in the text (UTF-16 offset). */
  index: number;
}

/** Every place of a text where a variant a glossary rejects starts; of two overlapping, the earlier (then the longer). */
export function rejectedIn(text: string, glossary: readonly GlossaryTerm[]): GlossaryHit[] {
  const hits: GlossaryHit[] = [];
  for (const term of glossary)
    for (const variant of term.rejected) {
      const re =
        typeof variant === 'string'
          ? new RegExp(variant.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'), 'g')
          : new RegExp(variant.source, variant.flags.replace(/[gy]/g, '') + 'g');
      for (const m of text.matchAll(re)) hits.push({ variant: m[0], preferred: term.zh, index: m.index });
    }
  hits.sort((a, b) => a.index - b.index || b.variant.length - a.variant.length);
  let end = -1;
  return hits.filter((h) => {
    if (h.index < end) return false;
    end = h.index + h.variant.length;
    return true;
  });
}

/** A line of a file to check: its 1-based number in the file and its text. */
export interface NumberedLine {
  line: number;
  text: string;
}

/** The guard's message for each rejected rendering in the given lines of a file. */
export function glossaryMessages(
  path: string,
  lines: readonly NumberedLine[],
  glossary: readonly GlossaryTerm[],
  glossaryFile: string,
): string[] {
  return lines.flatMap(({ line, text }) =>
    rejectedIn(text, glossary).map(
      (h) => `${path}:${line}: uses "${h.variant}"; the glossary (${glossaryFile}) writes "${h.preferred}"`,
    ),
  );
}

/**
 * The lines of a Markdown file the glossary applies to, numbered as in the file: the frontmatter's lines
 * except those of the keys given (a translation's `aliases` may keep old words for search; `source` is a
 * path), and the body's lines. `frontmatter` is the YAML between the `---` lines, starting with the newline
 * after the first one (so that its line i is the file's line i + 1); `body` has the frontmatter replaced by
 * empty lines (so that its line i is the file's line i + 1).
 */
export function proseLines(
  frontmatter: string | undefined,
  body: string | undefined,
  skipKeys: readonly string[],
): NumberedLine[] {
  const out: NumberedLine[] = [];
  let key = '';
  (frontmatter ?? '').split('\n').forEach((text, i) => {
    const top = /^([A-Za-z_][\w-]*)\s*:/.exec(text);
    if (top) key = top[1];
    if (text.trim() && !skipKeys.includes(key)) out.push({ line: i + 1, text });
  });
  (body ?? '').split('\n').forEach((text, i) => {
    if (text.trim()) out.push({ line: i + 1, text });
  });
  return out;
}
