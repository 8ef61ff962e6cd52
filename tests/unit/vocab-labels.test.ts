/**
 * Every vocabulary value has a label in every language (src/i18n/vocab-labels.ts over src/lib/vocab.ts).
 */
import { describe, expect, test } from 'vitest';
import { vocabLabels } from '../../src/i18n/vocab-labels';
import { LOCALES } from '../../src/i18n/locales';
import * as V from '../../src/lib/vocab';

describe('vocabulary labels', () => {
  const lists: Array<[keyof ReturnType<typeof vocabLabels>, readonly string[]]> = [
    ['role', V.ROLES],
    ['contribution', V.CONTRIBUTIONS],
    ['head', V.HEADS],
    ['release', V.RELEASES],
    ['family', V.FAMILIES],
    ['familyDescription', V.FAMILIES],
    ['backbone', V.BACKBONES],
    ['tokenizer', V.TOKENIZER_KINDS],
  ];
  test('every value of every list has a label in every language', () => {
    for (const l of LOCALES)
      for (const [name, values] of lists) {
        const labels = vocabLabels(l)[name] as Record<string, string>;
        expect([l, name, values.filter((v) => !labels[v]?.trim())]).toEqual([l, name, []]);
        expect([l, name, Object.keys(labels).filter((k) => !values.includes(k))]).toEqual([l, name, []]);
      }
  });
});
