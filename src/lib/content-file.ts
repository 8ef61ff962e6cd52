/**
 * The one reader of content files' frontmatter, on Astro's own frontmatter parser: the build guard,
 * the tests and the scripts split a page into its YAML and its body with it, so that they read a page
 * as the build does. The YAML itself is parsed by the caller (the guard wants `yaml`'s error messages).
 */
import { extractFrontmatter, parseFrontmatter } from '@astrojs/markdown-remark';

export interface SplitFile {
  /** The YAML between the opening and closing `---`; undefined when the file has no frontmatter. */
  yaml?: string;
  /** The body, with the frontmatter replaced by empty lines (so that a body line is the file's line); undefined when the YAML does not parse. */
  body?: string;
}

export function splitFrontmatter(text: string): SplitFile {
  const yaml = extractFrontmatter(text);
  if (yaml === undefined) return {};
  try {
    return { yaml, body: parseFrontmatter(text, { frontmatter: 'empty-with-lines' }).content };
  } catch {
    return { yaml };
  }
}

/** The frontmatter's YAML text of a page, or undefined. */
export const frontmatterOf = (text: string): string | undefined => splitFrontmatter(text).yaml;
