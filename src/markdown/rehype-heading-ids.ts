/**
 * A heading may end with an explicit id, `## 逐词元的扩散损失 {#diffusion-loss-per-token}`: the id is
 * set and the marker removed. Translations use it to keep the English page's heading ids, so that
 * links to a section (the glossary's, a language switch's #fragment) work in every edition. Plain
 * Markdown only (in MDX, braces are expressions).
 */
interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const HEADING = /^h[1-6]$/;
const MARKER = /\s*\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** Strips a trailing `{#id}` from a heading's last text node and returns the id, if any. */
export function takeHeadingId(heading: HastNode): string | undefined {
  const last = heading.children?.at(-1);
  if (last?.type !== 'text' || !last.value) return undefined;
  const m = MARKER.exec(last.value);
  if (!m) return undefined;
  last.value = last.value.slice(0, m.index);
  return m[1];
}

export default function rehypeHeadingIds() {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && HEADING.test(node.tagName ?? '')) {
      const id = takeHeadingId(node);
      if (id) node.properties = { ...node.properties, id };
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
