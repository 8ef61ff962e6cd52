/**
 * Content links are written from the site root ("/methods/mar/"); this rehype plugin prefixes them
 * with the deployment's `base`, so that Markdown pages work under a sub-path too.
 */
import { joinBase } from '../lib/paths';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

export default function rehypeBaseLinks(options: { base: string }) {
  const visit = (node: HastNode) => {
    if (node.type === 'element' && node.tagName === 'a') {
      const href = node.properties?.href;
      if (typeof href === 'string' && href.startsWith('/') && !href.startsWith('//') && !href.startsWith(options.base))
        node.properties!.href = joinBase(options.base, href);
    }
    node.children?.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
