/** Every language's dictionary, by locale (kept apart from index.ts, which also needs the site's paths). */
import { en, type Dictionary } from './en';
import { zh } from './zh';
import type { Locale } from './locales';

export const DICTIONARIES: Record<Locale, Dictionary> = { en, zh };
