/**
 * Explicit heading ids, `## 标题 {#id}`, as translations keep the English ids (src/markdown/rehype-heading-ids.ts).
 */
import { describe, expect, test } from 'vitest';
import { takeHeadingId } from '../../src/markdown/rehype-heading-ids';

describe('explicit heading ids', () => {
  test('a heading ending in {#id} gets that id, and the marker is removed', () => {
    const h = {
      type: 'element',
      tagName: 'h2',
      children: [{ type: 'text', value: '逐词元的扩散损失 {#diffusion-loss-per-token}' }],
    };
    expect(takeHeadingId(h)).toBe('diffusion-loss-per-token');
    expect(h.children[0].value).toBe('逐词元的扩散损失');
    expect(
      takeHeadingId({ type: 'element', tagName: 'h2', children: [{ type: 'text', value: 'No id' }] }),
    ).toBeUndefined();
  });
});
