/**
 * rehype-katex reports math it cannot parse as a warning and renders it in red; this plugin, run
 * right after it, turns those warnings into a build error that names the file and the line.
 */
import { relative } from 'node:path';

interface VFileLike {
  path?: string | undefined;
  cwd?: string | undefined;
  messages: Array<{
    source?: string | null | undefined;
    line?: number | null | undefined;
    reason: string;
    cause?: unknown;
  }>;
}

export default function rehypeMathErrors() {
  return (_tree: unknown, file: VFileLike) => {
    const bad = file.messages.filter((m) => m.source === 'rehype-katex');
    if (bad.length === 0) return;
    const where = file.path ? relative(file.cwd ?? process.cwd(), file.path) : 'a Markdown file';
    const lines = bad.map((m) => {
      const cause = m.cause instanceof Error ? m.cause.message : m.reason;
      return `${where}${m.line ? `:${m.line}` : ''}: math that KaTeX cannot render: ${cause}`;
    });
    throw new Error(lines.join('\n'));
  };
}
