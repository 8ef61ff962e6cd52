/**
 * Stops `astro build` (and `astro dev`) before anything renders when content is invalid.
 *
 * Astro's content layer validates each entry on its own and only logs a reference to a
 * missing entry; this guard validates all files together with the same schemas and reports
 * every problem at once, each naming the file, the row and the field.
 */
import { readdirSync, readFileSync, existsSync, statSync } from 'node:fs';
import { join, extname, basename } from 'node:path';
import type { AstroIntegration } from 'astro';
import { parse as parseYaml } from 'yaml';
import { checkContent, type RawFile } from '../lib/content-check';
import { splitFrontmatter } from '../lib/content-file';
import { conceptSchema, methodSchema, resultsFileSchema, translationSchema } from '../content.config';
import { CENSUS_FILE, CONTENT_FOLDERS, type ContentKind } from '../lib/content-folders';
import { checkCensus } from '../lib/census-check';
import { censusFileSchema } from '../schemas/census';
import { checkTranslations, TRANSLATIONS_DIR, type SourceFile } from '../lib/translation-check';

function parseFile(root: string, dir: string, name: string, isMdx: boolean): RawFile {
  const path = `${dir}/${name}`;
  const slug = basename(name, extname(name));
  const text = readFileSync(join(root, dir, name), 'utf8');
  const split = isMdx ? splitFrontmatter(text) : undefined;
  const yamlText = isMdx ? split!.yaml : text;
  const body = split?.body;
  if (yamlText === undefined)
    return {
      path,
      slug,
      data: undefined,
      parseError: 'has no frontmatter: the file must start with a --- block of fields',
    };
  try {
    const data: unknown = parseYaml(yamlText, { prettyErrors: true });
    if (data === null || data === undefined)
      return {
        path,
        slug,
        data,
        parseError: isMdx
          ? 'has an empty frontmatter block: it must hold the fields of the page'
          : 'is empty: it must hold `method:` and a list of `rows:`',
      };
    return { path, slug, data, body, frontmatter: isMdx ? yamlText : undefined };
  } catch (e) {
    return { path, slug, data: undefined, parseError: `is not valid YAML: ${(e as Error).message.split('\n')[0]}` };
  }
}

/**
 * Reads and checks all content under `root`; returns the messages (empty when valid). With
 * `strictPlaceholders` (on in CI) a "TODO" left by `npm run new` is an error too.
 */
export function checkContentDir(root: string, { strictPlaceholders = false } = {}): string[] {
  const list = (dir: string) =>
    existsSync(join(root, dir)) ? readdirSync(join(root, dir)).filter((n) => !n.startsWith('.')) : [];
  const strays: string[] = [];
  // One table of folders (src/lib/content-folders.ts): each folder's one file type; anything else there is a stray.
  const kinds = Object.keys(CONTENT_FOLDERS) as ContentKind[];
  const files = Object.fromEntries(kinds.map((k) => [k, [] as RawFile[]])) as Record<ContentKind, RawFile[]>;
  for (const kind of kinds) {
    const { dir, ext } = CONTENT_FOLDERS[kind];
    for (const name of list(dir)) {
      if (extname(name) === ext) files[kind].push(parseFile(root, dir, name, ext === '.mdx'));
      else strays.push(`${dir}/${name}`);
    }
  }
  const { methods, results, concepts } = files;
  return [
    ...checkContent(
      methods,
      results,
      { method: methodSchema, resultsFile: resultsFileSchema, concept: conceptSchema },
      strays,
      concepts,
      { strictPlaceholders },
    ),
    ...checkTranslationsDir(root),
    ...checkCensus(
      existsSync(join(root, CENSUS_FILE))
        ? parseFile(root, CENSUS_FILE.slice(0, CENSUS_FILE.lastIndexOf('/')), basename(CENSUS_FILE), false)
        : undefined,
      methods,
      censusFileSchema,
    ),
  ];
}

/** Every file under the translations folder, as paths from the project root. */
function filesUnder(root: string, dir: string): string[] {
  if (!existsSync(join(root, dir))) return [];
  return readdirSync(join(root, dir))
    .filter((n) => !n.startsWith('.'))
    .flatMap((n) => (statSync(join(root, dir, n)).isDirectory() ? filesUnder(root, `${dir}/${n}`) : [`${dir}/${n}`]));
}

/** A method page's result-row notes by row id (src/content/results/<slug>.yaml), for its translation's `notes`. */
function rowNotesOf(root: string, source: string): { file: string; byRow: Map<string, string> } | undefined {
  const slug = /^src\/content\/methods\/([a-z0-9.-]+)\.mdx$/.exec(source)?.[1];
  if (!slug) return undefined;
  const file = `src/content/results/${slug}.yaml`;
  const byRow = new Map<string, string>();
  if (existsSync(join(root, file))) {
    try {
      const rows = (parseYaml(readFileSync(join(root, file), 'utf8')) as { rows?: unknown })?.rows;
      if (Array.isArray(rows))
        for (const r of rows as Array<{ id?: unknown; note?: unknown }>)
          if (typeof r?.id === 'string' && typeof r.note === 'string') byRow.set(r.id, r.note);
    } catch {
      // A results file that does not parse is reported by the results check.
    }
  }
  return { file, byRow };
}

/** Checks every translation against the English file it names. */
function checkTranslationsDir(root: string): string[] {
  const files = filesUnder(root, TRANSLATIONS_DIR).map((path) => {
    const slash = path.lastIndexOf('/');
    return parseFile(root, path.slice(0, slash), path.slice(slash + 1), true);
  });
  const sources = new Map<string, SourceFile>();
  for (const f of files) {
    const source = (f.data as { source?: unknown } | undefined)?.source;
    if (typeof source !== 'string' || sources.has(source) || !existsSync(join(root, source))) continue;
    const text = readFileSync(join(root, source), 'utf8');
    const { yaml, body } = splitFrontmatter(text);
    let data: unknown;
    try {
      data = yaml === undefined ? undefined : parseYaml(yaml);
    } catch {
      data = undefined;
    }
    sources.set(source, { path: source, text, data, body: body ?? text, notes: rowNotesOf(root, source) });
  }
  return checkTranslations(files, sources, translationSchema);
}

export default function contentGuard(): AstroIntegration {
  return {
    name: 'content-guard',
    hooks: {
      'astro:config:setup': ({ config, command, logger }) => {
        if (command === 'preview') return;
        const errors = checkContentDir(new URL('.', config.root).pathname, {
          strictPlaceholders: Boolean(process.env.CI),
        });
        if (errors.length === 0) return;
        const report = `Invalid content (${errors.length} problem${errors.length > 1 ? 's' : ''}):\n${errors.map((e) => `  - ${e}`).join('\n')}`;
        logger.error(report);
        throw new Error(report);
      },
    },
  };
}
