/**
 * Family colours as CSS, built from the vocabulary: one `--family-<value>` custom property per
 * family (light and dark theme), and the inline style that gives an element its family's colour
 * as `--family`. Charts, legends and the timeline read `var(--family)`, so a new family in
 * `vocab.ts` needs no CSS edit.
 */
import { FAMILIES, FAMILY, type Family } from './vocab';

/** The custom properties, in the tokens layer, for a <style> in every page's head. */
export function familyTokensCss(): string {
  const props = FAMILIES.map((f) => `--family-${f}:light-dark(${FAMILY[f].colors[0]},${FAMILY[f].colors[1]})`);
  return `@layer tokens{:root{${props.join(';')}}}`;
}

/** The inline style that colours an element (and its legend swatch) by family. */
export const familyStyle = (f: Family) => `--family:var(--family-${f})`;
