/**
 * Wraps each level-2 heading of a Markdown/MDX document and what follows it (up to the next
 * level-2 heading) in a <section class="doc-section">. The sections give the page its outline, and
 * let the stylesheet skip rendering sections that are off screen (`content-visibility: auto`), so
 * long pages full of formulas paint sooner. Content before the first heading stays as it is.
 */
interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const isH2 = (n: HastNode) => n.type === 'element' && n.tagName === 'h2';

/** The children of `root` with every run that starts at an h2 wrapped in a section. */
export function wrapSections(children: readonly HastNode[]): HastNode[] {
  const out: HastNode[] = [];
  let section: HastNode | null = null;
  for (const node of children) {
    if (isH2(node)) {
      section = { type: 'element', tagName: 'section', properties: { className: ['doc-section'] }, children: [] };
      out.push(section);
    }
    (section ? section.children! : out).push(node);
  }
  return out;
}

export default function rehypeSections() {
  return (tree: HastNode) => {
    tree.children = wrapSections(tree.children ?? []);
  };
}
