import { expect, test } from 'vitest';
import rehypeScrollBoxes from '../../src/markdown/rehype-scroll-boxes';

type Node = { type: string; tagName?: string; properties?: Record<string, unknown>; children?: Node[] };
const el = (tagName: string, properties: Record<string, unknown> = {}, children: Node[] = []): Node => ({
  type: 'element',
  tagName,
  properties,
  children,
});

test('display formulas and tables become focusable scroll boxes; inline math and other elements do not', () => {
  const display = el('span', { className: ['katex-display'] }, [el('span', { className: ['katex'] })]);
  const inline = el('span', { className: ['katex'] });
  const table = el('table', {}, [el('tbody')]);
  const para = el('p', {}, [inline]);
  rehypeScrollBoxes()({ type: 'root', children: [display, para, table] });
  expect(display.properties!.tabIndex).toBe(0);
  expect(table.properties!.tabIndex).toBe(0);
  expect(inline.properties!.tabIndex).toBeUndefined();
  expect(para.properties!.tabIndex).toBeUndefined();
  expect(display.children![0].properties!.tabIndex).toBeUndefined();
});
