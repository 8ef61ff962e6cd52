/**
 * Where each kind of content lives and what file type it is: read by the content collections
 * (src/content.config.ts), the build guard, git history and the "edit this page" links, so that
 * the path convention src/content/<kind>/<slug>.<ext> is written once.
 */
export const CONTENT_FOLDERS = {
  methods: { dir: 'src/content/methods', ext: '.mdx' },
  results: { dir: 'src/content/results', ext: '.yaml' },
  concepts: { dir: 'src/content/concepts', ext: '.mdx' },
} as const;

export type ContentKind = keyof typeof CONTENT_FOLDERS;

/** The census of methods known but not ranked: one YAML file with a list of `entries`. */
export const CENSUS_FILE = 'src/content/census.yaml';

/** The repository path of one content file: contentFile('methods', 'mar') is "src/content/methods/mar.mdx". */
export function contentFile(kind: ContentKind, slug: string): string {
  const { dir, ext } = CONTENT_FOLDERS[kind];
  return `${dir}/${slug}${ext}`;
}

/** A glob loader's options for one kind: every file of its type directly in its folder. */
export function loaderOptions(kind: ContentKind): { pattern: string; base: string } {
  const { dir, ext } = CONTENT_FOLDERS[kind];
  return { pattern: `*${ext}`, base: `./${dir}` };
}
