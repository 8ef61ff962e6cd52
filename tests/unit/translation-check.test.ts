/** The translation guard's number rule (src/lib/translation-check.ts): 万 and 亿 forms of a source's own numbers. */
import { describe, expect, test } from 'vitest';
import { chineseScaledDigits, quantitiesIn } from '../../src/lib/translation-check';

describe('numbers written with 万 or 亿', () => {
  const english = quantitiesIn(
    'Scales a tokenizer to 3 billion parameters (2.9B), on 50,000 samples and 1.28M images.',
  );
  test('are the same numbers when the English states that quantity', () => {
    expect([...chineseScaledDigits('扩展到 30 亿参数，评测 5 万张，128 万张图像', english)].sort()).toEqual([
      '128',
      '30',
      '5',
    ]);
    expect([...chineseScaledDigits('29 亿参数', english)]).toEqual(['29']);
  });
  test('are refused as new numbers when the English does not state it', () => {
    expect([...chineseScaledDigits('扩展到 7 亿参数', english)]).toEqual([]);
  });
});
