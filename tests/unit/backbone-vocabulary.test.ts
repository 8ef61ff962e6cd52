/**
 * A new backbone is one entry in src/lib/vocab.ts: with a fake backbone added there (and nothing
 * else), a method page may name it, its label exists in both editions, and the compare view reads it
 * from the URL.
 */
import { describe, expect, test, vi } from 'vitest';

vi.mock('../../src/lib/vocab', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/lib/vocab')>();
  const BACKBONE = { ...real.BACKBONE, 'rwkv-test': { label: { en: 'RWKV (test)', zh: 'RWKV（测试）' } } };
  return { ...real, BACKBONE, BACKBONES: Object.keys(BACKBONE) };
});

describe('a backbone added to the vocabulary only', () => {
  test('is a value a method page may name', async () => {
    const { methodSchema } = await import('../../src/content.config');
    expect(methodSchema.shape.backbone.safeParse('rwkv-test').success).toBe(true);
    expect(methodSchema.shape.backbone.safeParse('rwkv-unknown').success).toBe(false);
  });
  test('has its label in both editions', async () => {
    const { vocabLabels } = await import('../../src/i18n/vocab-labels');
    expect(vocabLabels('en').backbone['rwkv-test' as never]).toBe('RWKV (test)');
    expect(vocabLabels('zh').backbone['rwkv-test' as never]).toBe('RWKV（测试）');
  });
  test('is a value the compare view reads from the URL', async () => {
    const { queryToView } = await import('../../src/lib/compare');
    expect(queryToView('?backbone=rwkv-test').backbone).toEqual(['rwkv-test']);
  });
});
