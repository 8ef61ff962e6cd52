/**
 * The build guard's rules for translations (src/content/translations/<locale>/<kind>/<slug>.md),
 * so that a translation can never disagree with its English page. Pure: the guard reads the files.
 * Each message names the file and the field, as the rest of the guard's do.
 */
import type { z } from 'astro/zod';
import { formatIssue, headingIds, valueAt, type RawFile } from './content-check';
import { TRANSLATION_KINDS, expectedSource } from './translations';
import { DEFAULT_LOCALE, LOCALES, type Locale } from '../i18n/locales';
import { ZH_GLOSSARY, type GlossaryTerm } from '../i18n/zh-glossary';
import { glossaryMessages, proseLines } from './glossary-check';

/** An English file a translation may name, as read from disk. */
export interface SourceFile {
  path: string;
  /** The whole file (frontmatter and body). */
  text: string;
  /** The parsed frontmatter, when the file has one. */
  data?: unknown;
  /** The body after the frontmatter. */
  body: string;
  /** For a method page: the notes of its results file's rows, by row id, and that file's path. */
  notes?: { file: string; byRow: ReadonlyMap<string, string> } | undefined;
}

export const TRANSLATIONS_DIR = 'src/content/translations';

/** Each edition's glossary and the file it lives in: a translation may not use a rendering it rejects. */
const GLOSSARIES: Partial<Record<Locale, { terms: readonly GlossaryTerm[]; file: string }>> = {
  zh: { terms: ZH_GLOSSARY, file: 'src/i18n/zh-glossary.ts' },
};

/** A translation's fields that translate a fact of the English page, and where the English page states it. */
const TRANSLATED_FACTS: ReadonlyArray<readonly [string, readonly string[]]> = [
  ['tokenizer_name', ['tokenizer', 'name']],
  ['venue', ['paper', 'venue']],
  ['v1_source', ['paper', 'v1_source']],
];

/** Frontmatter keys the glossary does not apply to: search words may keep old renderings, and a path is no prose. */
const GLOSSARY_EXEMPT_KEYS = ['source', 'aliases'];

/** Digit sequences of a text: "1.55" gives 1 and 55, "256×256" gives 256. */
const numbersIn = (text: string) => new Set(text.match(/\d+/g) ?? []);

const ENGLISH_SCALE: Record<string, number> = { billion: 1e9, b: 1e9, million: 1e6, m: 1e6, thousand: 1e3, k: 1e3 };

/** The quantities an English text states, scale words applied: "3 billion" and "3B" give 3e9, "50,000" and "50k" give 5e4. */
export function quantitiesIn(text: string): Set<number> {
  const out = new Set<number>();
  for (const [, n, unit] of text.matchAll(/(\d+(?:,\d{3})*(?:\.\d+)?)\s*(billion|million|thousand|[BMk]\b)?/gi))
    out.add(Math.round(Number(n.replace(/,/g, '')) * (unit ? ENGLISH_SCALE[unit.toLowerCase()] : 1) * 1000) / 1000);
  return out;
}

/**
 * The digits of a translation that are a Chinese way of writing one of its source's quantities: "30 亿"
 * for "3 billion" or "3B", "5 万" for "50,000". Chinese readers parse 万 and 亿 faster; the number stays the same.
 */
export function chineseScaledDigits(text: string, english: Set<number>): Set<string> {
  const ok = new Set<string>();
  for (const [, n, unit] of text.matchAll(/(\d+(?:\.\d+)?)\s*(万|亿)/g)) {
    const value = Math.round(Number(n) * (unit === '万' ? 1e4 : 1e8) * 1000) / 1000;
    if (english.has(value)) for (const d of n.match(/\d+/g) ?? []) ok.add(d);
  }
  return ok;
}

/** Month names as English writes them (capitalised, so that "MAR 3.0" is no month), in order. */
const MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * The month numbers of a translation's dates ("2021 年 5 月 30 日") whose month the English text names ("30 May
 * 2021", "December 2025"): Chinese writes a month as a number where English writes its name.
 */
export function chineseMonthDigits(text: string, englishText: string): Set<string> {
  const named = new Set(
    [...englishText.matchAll(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?=[\s,]+\d)/g)].map(
      (m) => MONTHS.indexOf(m[1].toLowerCase()) + 1,
    ),
  );
  const ok = new Set<string>();
  for (const [, n] of text.matchAll(/(\d{1,2})\s*月/g)) if (named.has(Number(n))) ok.add(n);
  return ok;
}

/** An idea as search compares it: lower case, hyphens and runs of spaces as one space. */
const idea = (p: string) =>
  p
    .toLowerCase()
    .replace(/[-\s]+/g, ' ')
    .trim();

/** A heading line's explicit id, `## 标题 {#id}`, or null when it has none. */
const EXPLICIT_ID = /\{#([a-z0-9][a-z0-9-]*)\}\s*$/;

/** Text a translator leaves to fill in later. */
const UNFINISHED = /（待补充）|\bTODO:/;

/** Every string of the frontmatter, joined: numbers and placeholders are looked for there too. */
function strings(v: unknown): string[] {
  if (typeof v === 'string') return [v];
  if (Array.isArray(v)) return v.flatMap(strings);
  if (v && typeof v === 'object') return Object.values(v).flatMap(strings);
  return [];
}

type Kind = (typeof TRANSLATION_KINDS)[number];

/** Where a translation lives: its locale and kind. */
interface Place {
  locale: string;
  kind: Kind;
}

/** The locale and kind a translation's path gives; null when the file is not where a translation lives. */
function placeOf(f: RawFile): Place | null {
  const rel = f.path.slice(TRANSLATIONS_DIR.length + 1);
  const [locale, kind, name, ...rest] = rel.split('/');
  if (
    rest.length ||
    !name ||
    !(LOCALES as readonly string[]).includes(locale) ||
    locale === DEFAULT_LOCALE ||
    !(TRANSLATION_KINDS as readonly string[]).includes(kind) ||
    !name.endsWith('.md')
  )
    return null;
  return { locale, kind: kind as Kind };
}

/** Numbers: a translation repeats its source's numbers, never brings its own (row notes are checked on their own). */
function checkNumbers(f: RawFile, english: SourceFile, source: string): string[] {
  const body = f.body ?? '';
  const { notes: _rowNotes, ...pageData } = (f.data ?? {}) as { notes?: unknown };
  const translated = [...strings(pageData), body].join(' ');
  const have = new Set([
    ...numbersIn(english.text),
    ...chineseScaledDigits(translated, quantitiesIn(english.text)),
    ...chineseMonthDigits(translated, english.text),
  ]);
  // A heading's explicit id is the English heading's, checked below, not a number typed anew: "256×256" gives
  // the id "…-256256", whose digits the English text never spells.
  const prose = body.replace(/\{#[a-z0-9-]+\}[ \t]*$/gm, '');
  const extra = [
    ...new Set([...(strings(pageData).join(' ').match(/\d+/g) ?? []), ...(prose.match(/\d+/g) ?? [])]),
  ].filter((n) => !have.has(n));
  return extra.length
    ? [
        `${f.path}: holds numbers its English source (${source}) does not: ${extra.join(', ')}; numbers come from the English page, never typed anew`,
      ]
    : [];
}

/** Terminology: one rendering per term, as the edition's glossary writes it (aliases excepted). */
function checkGlossary(f: RawFile, locale: string): string[] {
  const glossary = GLOSSARIES[locale as Locale];
  if (!glossary) return [];
  return glossaryMessages(
    f.path,
    proseLines(f.frontmatter, f.body ?? '', GLOSSARY_EXEMPT_KEYS),
    glossary.terms,
    glossary.file,
  );
}

/**
 * Headings keep the English ids, so that links to a section work in every edition. A page's
 * translated introduction (kind "pages") sits above the English text on the same page: its ids
 * carry the language as a prefix ("zh-..."), so that they stay unique there.
 */
function checkHeadingIds(f: RawFile, english: SourceFile, source: string, { locale, kind }: Place): string[] {
  const errors: string[] = [];
  const prefix = kind === 'pages' ? `${locale}-` : '';
  const englishIds = new Set([...headingIds(english.body)].map((id) => `${prefix}${id}`));
  let fenced = false;
  (f.body ?? '').split('\n').forEach((line, i) => {
    if (/^\s*(```|~~~)/.test(line)) fenced = !fenced;
    if (fenced || !/^#{1,6}\s/.test(line)) return;
    const id = EXPLICIT_ID.exec(line)?.[1];
    if (!id)
      errors.push(
        `${f.path}: line ${i + 1}: the heading must end with the English heading's id, e.g. "## … {#${prefix}the-english-heading}"`,
      );
    else if (!englishIds.has(id))
      errors.push(
        `${f.path}: line ${i + 1}: heading id "${id}" is not a heading of ${source} (its ids: ${[...englishIds].join(', ') || 'none'})`,
      );
  });
  return errors;
}

/** A concept's terms: one per English term, same anchors; other kinds have none. */
function checkTerms(f: RawFile, english: SourceFile, source: string, kind: Kind): string[] {
  const errors: string[] = [];
  if (kind === 'concepts') {
    const want = ((valueAt(english.data, ['terms']) as Array<{ anchor: string }> | undefined) ?? []).map(
      (t) => t.anchor,
    );
    const got = ((valueAt(f.data, ['terms']) as Array<{ anchor: string }> | undefined) ?? []).map((t) => t.anchor);
    for (const a of want)
      if (!got.includes(a)) errors.push(`${f.path}: terms has no entry for the English term "${a}"`);
    got.forEach((a, i) => {
      if (!want.includes(a))
        errors.push(
          `${f.path}: terms.${i}.anchor "${a}" is not a term of ${source} (its anchors: ${want.join(', ') || 'none'})`,
        );
    });
  } else if (valueAt(f.data, ['terms']) !== undefined && ((valueAt(f.data, ['terms']) as unknown[]) ?? []).length > 0) {
    errors.push(`${f.path}: terms is for concept pages only`);
  }
  return errors;
}

/** What a translation adds to the English page: a spine or a fact only where the English has one. */
function checkTranslatedFacts(f: RawFile, english: SourceFile, source: string): string[] {
  const errors: string[] = [];
  if (valueAt(f.data, ['spine']) !== undefined && valueAt(english.data, ['spine']) === undefined)
    errors.push(`${f.path}: spine translates the home page's paragraph of a core method, and ${source} has none`);
  // A translated fact translates one the English page states: it never adds a fact of its own.
  for (const [field, path] of TRANSLATED_FACTS)
    if (valueAt(f.data, [field]) !== undefined && valueAt(english.data, path) === undefined)
      errors.push(`${f.path}: ${field} translates the English page's ${path.join('.')}, and ${source} has none`);
  return errors;
}

/** Row notes: only of a row of this method that has an English note, and with that note's numbers only. */
function checkRowNotes(f: RawFile, english: SourceFile, source: string): string[] {
  const errors: string[] = [];
  const rowNotes = valueAt(f.data, ['notes']);
  for (const [id, note] of Object.entries((rowNotes ?? {}) as Record<string, unknown>)) {
    if (typeof note !== 'string') continue;
    const englishNote = english.notes?.byRow.get(id);
    if (englishNote === undefined) {
      errors.push(
        `${f.path}: notes.${id} translates the note of a row, and ${english.notes?.file ?? source} has no row "${id}" with a note`,
      );
      continue;
    }
    const allowed = new Set([
      ...numbersIn(englishNote),
      ...chineseScaledDigits(note, quantitiesIn(englishNote)),
      ...chineseMonthDigits(note, englishNote),
    ]);
    const added = [...new Set(note.match(/\d+/g) ?? [])].filter((n) => !allowed.has(n));
    if (added.length)
      errors.push(
        `${f.path}: notes.${id} holds numbers the row's English note does not: ${added.join(', ')}; numbers come from the English, never typed anew`,
      );
  }
  return errors;
}

/**
 * Ideas a page introduced, in this language: only a page that introduced ideas, and one page per idea
 * (`introducedBy` holds each idea, per locale, and the translation that introduced it).
 */
function checkIdeas(
  f: RawFile,
  english: SourceFile,
  source: string,
  locale: string,
  introducedBy: Map<string, string>,
): string[] {
  const errors: string[] = [];
  const ideas = (valueAt(f.data, ['introduced']) as unknown[] | undefined) ?? [];
  const englishIdeas = valueAt(english.data, ['introduced']);
  if (ideas.length > 0 && !(Array.isArray(englishIdeas) && englishIdeas.length > 0))
    errors.push(`${f.path}: introduced translates the English page's introduced, and ${source} lists no idea`);
  for (const [i, p] of ideas.entries()) {
    if (typeof p !== 'string') continue;
    const key = `${locale}\u0000${idea(p)}`;
    const other = introducedBy.get(key);
    if (other && other !== f.path)
      errors.push(
        `${f.path}: introduced.${i} "${p}" is already introduced by ${other}; an idea has one originator in each language`,
      );
    else introducedBy.set(key, f.path);
  }
  return errors;
}

/** One translation: its place, its schema, its English source, then what it must keep of that source. */
function checkTranslation(
  f: RawFile,
  sources: ReadonlyMap<string, SourceFile>,
  schema: z.ZodType,
  introducedBy: Map<string, string>,
): string[] {
  const place = placeOf(f);
  if (!place)
    return [
      `${f.path}: not where a translation lives: ${TRANSLATIONS_DIR}/<locale>/<kind>/<slug>.md, with locale one of ${LOCALES.filter((l) => l !== DEFAULT_LOCALE).join(', ')} and kind one of ${TRANSLATION_KINDS.join(', ')}`,
    ];
  if (f.parseError) return [`${f.path}: ${f.parseError}`];
  const parsed = schema.safeParse(f.data);
  if (!parsed.success) return parsed.error.issues.map((issue) => formatIssue(f, issue));
  const source = valueAt(f.data, ['source']) as string;
  const expected = expectedSource(place.kind, f.slug);
  if (expected && source !== expected)
    return [`${f.path}: source must be the English page of the same slug, "${expected}", got "${source}"`];
  const english = sources.get(source);
  if (!english) return [`${f.path}: source names "${source}", which does not exist`];
  const unfinished = [...strings(f.data), f.body ?? ''].some((s) => UNFINISHED.test(s));
  return [
    ...checkNumbers(f, english, source),
    ...(unfinished
      ? [`${f.path}: holds placeholder text ("（待补充）" or "TODO:"); translate it or leave the section out`]
      : []),
    ...checkGlossary(f, place.locale),
    ...checkHeadingIds(f, english, source, place),
    ...checkTerms(f, english, source, place.kind),
    ...checkTranslatedFacts(f, english, source),
    ...checkRowNotes(f, english, source),
    ...checkIdeas(f, english, source, place.locale, introducedBy),
  ];
}

export function checkTranslations(
  files: readonly RawFile[],
  sources: ReadonlyMap<string, SourceFile>,
  schema: z.ZodType,
): string[] {
  /** Each idea (per locale) and the translation that introduced it. */
  const introducedBy = new Map<string, string>();
  return files.flatMap((f) => checkTranslation(f, sources, schema, introducedBy));
}
