/**
 * Build-time guard over all content at once. Pure: it takes the parsed files and returns
 * messages; `src/integrations/content-guard.ts` reads the files and stops the build.
 *
 * Each message names the file, the row (for results) and the field, says what was expected
 * and what was found, e.g.
 *   src/content/results/var.yaml: row "var-d30": metrics.fid must be a positive number, got -1.92
 */
import { RESERVED_HEADING_IDS } from './page-ids';
import type { z } from 'astro/zod';
import GithubSlugger from 'github-slugger';
import { PATTERNS } from './vocab';

/** One content file as read from disk: its path (relative to the project) and parsed data. */
export interface RawFile {
  /** Path shown in messages, e.g. "src/content/results/var.yaml". */
  path: string;
  /** The file's slug: its name without folder and extension. */
  slug: string;
  /** The parsed frontmatter or YAML document; `undefined` when the file could not be parsed. */
  data: unknown;
  /** A parse error to report instead of validating, e.g. malformed YAML. */
  parseError?: string | undefined;
  /** The Markdown body, its frontmatter replaced by empty lines so that a body line is the file's line (MDX files only). */
  body?: string | undefined;
  /** The frontmatter's YAML text, from the newline after the opening `---`, so that its line i is the file's line i + 1 (MDX files only). */
  frontmatter?: string | undefined;
}

/** The schemas the guard validates against (passed in so that this module stays pure). */
export interface Schemas {
  method: z.ZodType;
  resultsFile: z.ZodType;
  concept?: z.ZodType;
}

/** The ids Astro gives the headings of a Markdown body (GitHub's slugs, outside code blocks). */
export function headingIds(body: string): Set<string> {
  const slugger = new GithubSlugger();
  const ids = new Set<string>();
  let fenced = false;
  for (const line of body.split('\n')) {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    const m = !fenced && /^#{1,6}\s+(.+?)\s*#*\s*$/.exec(line);
    if (m) ids.add(slugger.slug(m[1].replace(/[*_`]/g, '')));
  }
  return ids;
}

type Issue = z.core.$ZodIssue;

/** The value at `path` inside `data`, or undefined. */
export function valueAt(data: unknown, path: readonly PropertyKey[]): unknown {
  let cur: unknown = data;
  for (const key of path) {
    if (cur === null || typeof cur !== 'object') return undefined;
    cur = (cur as Record<PropertyKey, unknown>)[key];
  }
  return cur;
}

/** A short, human rendering of a found value for "got ..." (dates as YYYY-MM-DD). */
function showValue(v: unknown): string {
  if (v === undefined) return 'nothing';
  if (v instanceof Date) return Number.isNaN(v.getTime()) ? 'an invalid date' : v.toISOString().slice(0, 10);
  if (typeof v === 'string') return JSON.stringify(v.length > 60 ? `${v.slice(0, 57)}...` : v);
  if (Array.isArray(v)) return `a list of ${v.length}`;
  if (typeof v === 'object' && v !== null) return 'an object';
  if (typeof v === 'number' || typeof v === 'boolean' || typeof v === 'bigint' || v === null) return String(v);
  return `a ${typeof v}`;
}

/** How a reader names the types zod reports. */
const TYPE_NAMES: Record<string, string> = {
  object: 'a group of fields',
  array: 'a list',
  string: 'text',
  number: 'a number',
  boolean: 'true or false',
};

/** What a zod issue asks for, phrased to follow the field name ("must be ...", "is required"). */
function describeIssue(issue: Issue, found: unknown): string {
  switch (issue.code) {
    case 'invalid_type':
      if (found === undefined) return `is required (${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`})`;
      return withGot(
        issue.message.startsWith('must')
          ? issue.message
          : `must be ${TYPE_NAMES[issue.expected] ?? `a ${issue.expected}`}`,
        found,
      );
    case 'unrecognized_keys':
      return `has unknown field${issue.keys.length > 1 ? 's' : ''} ${issue.keys.map((k) => `"${k}"`).join(', ')} (check the spelling against the field reference)`;
    case 'invalid_value':
      return withGot(`must be one of: ${issue.values.map((v) => String(v)).join(', ')}`, found);
    case 'too_small':
      if (Array.isArray(found))
        return issue.message.startsWith('must') ? issue.message : `must hold at least ${issue.minimum} item(s)`;
      if (typeof found === 'string')
        return withGot(
          issue.message.startsWith('must')
            ? issue.message
            : Number(issue.minimum) > 1
              ? `must be at least ${issue.minimum} characters`
              : 'must not be empty',
          found,
        );
      return withGot(
        issue.message.startsWith('must')
          ? issue.message
          : `must be ${issue.inclusive ? 'at least' : 'greater than'} ${issue.minimum}`,
        found,
      );
    case 'too_big':
      if (typeof found === 'string') return withGot(`must be at most ${issue.maximum} characters`, found);
      return withGot(
        issue.message.startsWith('must')
          ? issue.message
          : `must be ${issue.inclusive ? 'at most' : 'less than'} ${issue.maximum}`,
        found,
      );
    default:
      return withGot(
        issue.message.startsWith('must') || issue.message.startsWith('is ') || issue.message.startsWith('has ')
          ? issue.message
          : `is invalid: ${issue.message}`,
        found,
      );
  }
}

function withGot(phrase: string, found: unknown): string {
  return phrase.includes(', got ') ? phrase : `${phrase}, got ${showValue(found)}`;
}

/** Where an issue is: a results row or a census entry by its id (or position when the id is missing). */
function locate(data: unknown, path: readonly PropertyKey[]): { where: string; field: string } {
  // A results file's rows and the census's entries are named by their id (or position).
  const noun = path[0] === 'rows' ? 'row' : path[0] === 'entries' ? 'entry' : undefined;
  if (noun && typeof path[1] === 'number') {
    const id = valueAt(data, [path[0], path[1], 'id']);
    const where = typeof id === 'string' && id ? `${noun} "${id}"` : `${noun} ${path[1] + 1}`;
    const rest = path.slice(2).map(String).join('.');
    return { where, field: rest };
  }
  return { where: '', field: path.map(String).join('.') };
}

export function formatIssue(file: RawFile, issue: Issue): string {
  const found = valueAt(file.data, issue.path);
  const { where, field } = locate(file.data, issue.path);
  const subject = field || (where ? 'the row' : 'the file');
  return `${file.path}: ${where ? `${where}: ` : ''}${subject} ${describeIssue(issue, found)}`;
}

/** A paper's "(Ours)" mark, or its "Ours" in place of a name, copied from its table into a model name. */
const OURS = /\(ours\)|^ours\b/i;

/** A reference number ("[33]") copied from a table into a model name. */
const CITATION = /\[\d+(?:\s*[,\u2013-]\s*\d+)*\]/;

/** A model name that is only a size ("1.5B (SFT)"): the table's row label without the model it belongs to. */
const SIZE_ONLY = /^\d+(?:\.\d+)?\s*[KMB]\b/;

/** The placeholders `npm run new` writes all start "TODO:"; prose may mention a TODO in code. */
const PLACEHOLDER = /\bTODO:/;

/** Where a method file still holds the generator's "TODO:" placeholder: frontmatter fields by path, or "the page body". */
function placeholders(data: unknown, body: string): string[] {
  const found: string[] = [];
  const walk = (v: unknown, path: string) => {
    if (typeof v === 'string' && PLACEHOLDER.test(v)) found.push(path || 'the frontmatter');
    else if (Array.isArray(v)) v.forEach((x, i) => walk(x, path ? `${path}.${i}` : String(i)));
    else if (v && typeof v === 'object') for (const [k, x] of Object.entries(v)) walk(x, path ? `${path}.${k}` : k);
  };
  walk(data, '');
  if (PLACEHOLDER.test(body)) found.push('the page body');
  return found;
}

/** A method page's rule: "no src/content/methods/<slug>.mdx". */
const noMethodFile = (slug: string) => `no src/content/methods/${slug}.mdx`;

/** What every per-file check reads: the method slugs, each method's role, and the rows across the site. */
interface Context {
  methodSlugs: Set<string>;
  roleOf: Map<string, unknown>;
  /** Every row id, and the rows each names in disagrees_with (from the raw data, valid or not). */
  allRowIds: Set<string>;
  disagreements: Map<string, unknown[]>;
  /** The first file that used each row id. */
  rowOwner: Map<string, string>;
}

/** A file the content folders hold but the site does not read. */
const strayMessage = (path: string) =>
  `${path}: not a content file the site reads (method pages are src/content/methods/<slug>.mdx, results are src/content/results/<slug>.yaml); rename or remove it`;

/** File names: each a slug, and no two method (or two results) files with the same one in any case. */
function checkFileNames(files: readonly RawFile[]): string[] {
  const errors: string[] = [];
  const seenSlug = new Map<string, string>();
  for (const f of files) {
    if (!PATTERNS.slug.test(f.slug))
      errors.push(
        `${f.path}: the file name "${f.slug}" must be a slug (lower-case words joined by hyphens), e.g. "magvit-v2"`,
      );
    const key = `${f.path.includes('/results/') ? 'r' : 'm'}:${f.slug.toLowerCase()}`;
    const other = seenSlug.get(key);
    if (other) errors.push(`${f.path}: duplicate slug "${f.slug}": ${other} has the same name`);
    else seenSlug.set(key, f.path);
  }
  return errors;
}

/** One originator per idea: the same introduced phrase (in any case, hyphens read as spaces) on two pages is refused. */
function checkIntroduced(methods: readonly RawFile[]): string[] {
  const errors: string[] = [];
  const idea = (p: string) =>
    p
      .toLowerCase()
      .replace(/[-\s]+/g, ' ')
      .trim();
  const introducedBy = new Map<string, string>();
  for (const m of methods) {
    const phrases = valueAt(m.data, ['introduced']);
    if (!Array.isArray(phrases)) continue;
    for (const [i, p] of phrases.entries()) {
      if (typeof p !== 'string') continue;
      const other = introducedBy.get(idea(p));
      if (other && other !== m.path)
        errors.push(
          `${m.path}: introduced.${i} "${p}" is already introduced by ${other}; an idea has one originator (name what this paper adds instead)`,
        );
      else introducedBy.set(idea(p), m.path);
    }
  }
  return errors;
}

/** One method page per paper: no two pages with the same arXiv id. */
function checkArxiv(methods: readonly RawFile[]): string[] {
  const errors: string[] = [];
  const seenArxiv = new Map<string, string>();
  for (const m of methods) {
    const arxiv = valueAt(m.data, ['paper', 'arxiv']);
    if (typeof arxiv !== 'string') continue;
    const other = seenArxiv.get(arxiv);
    if (other)
      errors.push(`${m.path}: paper.arxiv "${arxiv}" is already the paper of ${other}; one method page per paper`);
    else seenArxiv.set(arxiv, m.path);
  }
  return errors;
}

/** Adds the file's parse error or schema issues to `errors`; true when the file is valid. */
function validate(file: RawFile, schema: z.ZodType, errors: string[]): boolean {
  if (file.parseError) {
    errors.push(`${file.path}: ${file.parseError}`);
    return false;
  }
  const parsed = schema.safeParse(file.data);
  if (!parsed.success) for (const issue of parsed.error.issues) errors.push(formatIssue(file, issue));
  return parsed.success;
}

/** The rules of a valid method page beyond its schema: the methods it names, its spine, its headings, placeholders. */
function checkMethod(m: RawFile, { methodSlugs }: Context, strictPlaceholders: boolean): string[] {
  const errors: string[] = [];
  const buildsOn = (valueAt(m.data, ['builds_on']) as string[] | undefined) ?? [];
  buildsOn.forEach((ref, i) => {
    if (!methodSlugs.has(ref))
      errors.push(`${m.path}: builds_on.${i} names method "${ref}", which does not exist (${noMethodFile(ref)})`);
    if (ref === m.slug) errors.push(`${m.path}: builds_on.${i} must not name the method itself`);
  });
  const role = valueAt(m.data, ['role']);
  const spine = valueAt(m.data, ['spine']);
  if (role === 'core' && spine === undefined)
    errors.push(
      `${m.path}: spine is required for a core method (the seed family it stands for on the home page: order, heading, text)`,
    );
  if (role !== 'core' && spine !== undefined)
    errors.push(`${m.path}: spine is only for a core method; role is ${showValue(role)}`);
  const generator = valueAt(m.data, ['generator']);
  const contribution = valueAt(m.data, ['contribution']);
  if (typeof generator === 'string') {
    if (contribution === 'generator')
      errors.push(
        `${m.path}: generator is for a tokenizer, decoding or training paper (the generator it pairs with); contribution is "generator", so remove it`,
      );
    else if (generator === m.slug) errors.push(`${m.path}: generator must name another method, not the method itself`);
    else if (!methodSlugs.has(generator))
      errors.push(
        `${m.path}: generator names method "${generator}", which does not exist (${noMethodFile(generator)})`,
      );
  }
  for (const id of headingIds(m.body ?? ''))
    if (RESERVED_HEADING_IDS.has(id))
      errors.push(
        `${m.path}: the heading with id "${id}" clashes with the page's own "${id}" section; give the heading other words (e.g. "Headline results")`,
      );
  if (strictPlaceholders)
    for (const where of placeholders(m.data, m.body ?? ''))
      errors.push(`${m.path}: ${where} still holds the placeholder "TODO"; fill it in or remove it`);
  return errors;
}

/** Every row id across the results files, and the rows each names in disagrees_with. */
function rowIndex(results: readonly RawFile[]): Pick<Context, 'allRowIds' | 'disagreements'> {
  const allRowIds = new Set<string>();
  const disagreements = new Map<string, unknown[]>();
  for (const f of results) {
    const rows = valueAt(f.data, ['rows']);
    if (Array.isArray(rows))
      for (const r of rows as unknown[]) {
        const id = valueAt(r, ['id']);
        const disagrees = valueAt(r, ['disagrees_with']);
        if (typeof id === 'string') {
          allRowIds.add(id);
          disagreements.set(id, Array.isArray(disagrees) ? (disagrees as unknown[]) : []);
        }
      }
  }
  return { allRowIds, disagreements };
}

/** A row of a valid results file, as the cross-file rules read it. */
interface RowRefs {
  id: string;
  model: string;
  reported_in: string;
  base?: string;
  disagrees_with?: string[];
}

/** A row's model name as printed in a table: no "(Ours)", no reference number, not a size alone. */
function checkModelName(row: RowRefs, where: string): string[] {
  const errors: string[] = [];
  if (OURS.test(row.model))
    errors.push(
      `${where}: model "${row.model}" carries the table's "(Ours)" mark or "Ours" for a name; give the model's name (e.g. "SD3 (depth=38)")`,
    );
  if (CITATION.test(row.model))
    errors.push(
      `${where}: model "${row.model}" carries the table's reference number; give the model's name alone (the row's source already names the table)`,
    );
  if (SIZE_ONLY.test(row.model))
    errors.push(
      `${where}: model "${row.model}" is a size without a name; give the model's name with it (e.g. "SimpleAR-1.5B")`,
    );
  return errors;
}

/** A row's references: a unique id, existing methods, disagreements named both ways, a baseline's source. */
function checkRowRefs(row: RowRefs, where: string, f: RawFile, ctx: Context): string[] {
  const { methodSlugs, roleOf, allRowIds, disagreements, rowOwner } = ctx;
  const errors: string[] = [];
  const earlier = rowOwner.get(row.id);
  if (earlier) errors.push(`${where}: id is already used in ${earlier}; row ids must be unique across the site`);
  else rowOwner.set(row.id, f.path);
  if (!methodSlugs.has(row.reported_in))
    errors.push(
      `${where}: reported_in names method "${row.reported_in}", which does not exist (${noMethodFile(row.reported_in)})`,
    );
  if (row.base !== undefined && !methodSlugs.has(row.base))
    errors.push(`${where}: base names method "${row.base}", which does not exist (${noMethodFile(row.base)})`);
  (row.disagrees_with ?? []).forEach((ref, i) => {
    if (!allRowIds.has(ref)) errors.push(`${where}: disagrees_with.${i} names row "${ref}", which does not exist`);
    else if (!(disagreements.get(ref) ?? []).includes(row.id))
      errors.push(
        `${where}: disagrees_with.${i} names row "${ref}", which does not name "${row.id}" back; list each row in the other's disagrees_with`,
      );
  });
  if (roleOf.get(f.slug) === 'baseline' && row.reported_in !== f.slug && roleOf.get(row.reported_in) === 'baseline')
    errors.push(
      `${where}: reported_in names "${row.reported_in}", another baseline; a baseline's row is printed by its own paper or by a surveyed method's paper`,
    );
  return errors;
}

/** A results file: named after an existing method, valid, and each row's name and references. */
function checkResultsFile(f: RawFile, schema: z.ZodType, ctx: Context): string[] {
  const errors: string[] = [];
  if (!ctx.methodSlugs.has(f.slug))
    errors.push(
      `${f.path}: this results file has no method: there is no src/content/methods/${f.slug}.mdx (a results file is named after its method)`,
    );
  if (!validate(f, schema, errors)) return errors;
  const method = valueAt(f.data, ['method']) as string;
  if (method !== f.slug)
    errors.push(`${f.path}: method must equal the file name "${f.slug}", got ${showValue(method)}`);
  for (const row of valueAt(f.data, ['rows']) as RowRefs[]) {
    const where = `${f.path}: row "${row.id}"`;
    errors.push(...checkModelName(row, where), ...checkRowRefs(row, where, f, ctx));
  }
  return errors;
}

/** A valid concept page's rules: the methods it relates exist, and each term's anchor is one of its headings. */
function checkConcept(c: RawFile, { methodSlugs }: Context): string[] {
  const errors: string[] = [];
  const related = (valueAt(c.data, ['related_methods']) as string[] | undefined) ?? [];
  related.forEach((ref, i) => {
    if (!methodSlugs.has(ref))
      errors.push(`${c.path}: related_methods.${i} names method "${ref}", which does not exist (${noMethodFile(ref)})`);
  });
  const ids = headingIds(c.body ?? '');
  const terms = (valueAt(c.data, ['terms']) as Array<{ term: string; anchor: string }> | undefined) ?? [];
  terms.forEach((t, i) => {
    if (!ids.has(t.anchor))
      errors.push(
        `${c.path}: terms.${i}.anchor "${t.anchor}" (for "${t.term}") is not the id of a heading on this page; headings have ids ${[...ids].map((x) => `"${x}"`).join(', ')}`,
      );
  });
  return errors;
}

/**
 * Validates every method and results file against the schemas and against each other.
 * Returns all messages (empty when the content is valid), in file order.
 */
export function checkContent(
  methods: RawFile[],
  results: RawFile[],
  schemas: Schemas,
  strays: string[] = [],
  concepts: RawFile[] = [],
  { strictPlaceholders = false }: { strictPlaceholders?: boolean } = {},
): string[] {
  const ctx: Context = {
    methodSlugs: new Set(methods.map((m) => m.slug)),
    roleOf: new Map<string, unknown>(methods.map((m) => [m.slug, valueAt(m.data, ['role'])])),
    ...rowIndex(results),
    rowOwner: new Map<string, string>(),
  };
  const errors: string[] = [
    ...strays.map(strayMessage),
    ...checkFileNames([...methods, ...results]),
    ...checkIntroduced(methods),
    ...checkArxiv(methods),
  ];
  for (const m of methods)
    if (validate(m, schemas.method, errors)) errors.push(...checkMethod(m, ctx, strictPlaceholders));
  for (const f of results) errors.push(...checkResultsFile(f, schemas.resultsFile, ctx));
  for (const c of concepts)
    if (schemas.concept && validate(c, schemas.concept, errors)) errors.push(...checkConcept(c, ctx));
  return errors;
}
