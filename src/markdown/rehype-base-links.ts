/**
 * Content links are written from the site root ("/methods/mar/"); this rehype plugin prefixes them
 * with the deployment's `base`, so that Markdown pages work under a sub-path too. In a translation
 * (src/content/translations/<locale>/...) they also get the language's prefix, so that a translated
 * page links to the other pages of its edition with the English page's links copied unchanged.
 */
import { joinBase } from '../lib/paths';
import { localePath, toLocale } from '../i18n/locales';

interface HastNode {
  type: string;
  tagName?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** The edition a content file belongs to, from its path. */
export function localeOfFile(path: string | undefined) {
  const m = /[\\/]content[\\/]translations[\\/]([a-z-]+)[\\/]/.exec(path ?? '');
  return toLocale(m?.[1]);
}

export default function rehypeBaseLinks(options: { base: string }) {
  return (tree: HastNode, file: { path?: string }) => {
    const locale = localeOfFile(file?.path);
    const visit = (node: HastNode) => {
      if (node.type === 'element' && node.tagName === 'a') {
        const href = node.properties?.href;
        if (
          typeof href === 'string' &&
          href.startsWith('/') &&
          !href.startsWith('//') &&
          !href.startsWith(options.base)
        )
          node.properties!.href = joinBase(options.base, localePath(href, locale));
      }
      node.children?.forEach(visit);
    };
    visit(tree);
  };
}
