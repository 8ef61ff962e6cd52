/**
 * Wide content in Markdown (display formulas, tables) scrolls inside its own box on a narrow screen
 * rather than widening the page. A box that scrolls must be reachable by keyboard (WCAG 2.1.1), so
 * this rehype plugin makes each one focusable; a focused box scrolls with the arrow keys.
 */

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

const classes = (node: HastNode): string[] => {
  const c = node.properties?.className;
  return Array.isArray(c) ? c.map(String) : typeof c === 'string' ? c.split(/\s+/) : [];
};

/** Whether a node is a box that may scroll sideways: a display formula or a table. */
const isScrollBox = (node: HastNode) =>
  node.type === 'element' && (node.tagName === 'table' || classes(node).includes('katex-display'));

export default function rehypeScrollBoxes() {
  const visit = (node: HastNode) => {
    if (isScrollBox(node)) {
      node.properties = { ...node.properties, tabIndex: 0 };
      return; // a box inside a box needs no stop of its own
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
