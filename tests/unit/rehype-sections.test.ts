import { describe, expect, test } from 'vitest';
import { wrapSections } from '../../src/markdown/rehype-sections';

const el = (tagName: string, text = '') => ({ type: 'element', tagName, children: [{ type: 'text', value: text }] });

describe('wrapSections', () => {
  test('each h2 starts a section that holds everything up to the next h2; the lead stays outside', () => {
    const out = wrapSections([
      el('p', 'lead'),
      el('h2', 'A'),
      el('p', 'a1'),
      el('h3', 'A.1'),
      el('p', 'a2'),
      el('h2', 'B'),
      el('p', 'b1'),
    ]);
    expect(out.map((n) => n.tagName)).toEqual(['p', 'section', 'section']);
    expect(out[1].children!.map((n) => n.tagName)).toEqual(['h2', 'p', 'h3', 'p']);
    expect(out[2].children!.map((n) => n.tagName)).toEqual(['h2', 'p']);
    expect(out[1].properties).toEqual({ className: ['doc-section'] });
  });
  test('a document without h2 is returned unchanged, and nothing is lost', () => {
    const nodes = [el('p', 'x'), el('h3', 'y')];
    expect(wrapSections(nodes)).toEqual(nodes);
    const many = [el('h2'), el('p'), el('p'), el('h2'), el('p')];
    expect(wrapSections(many).flatMap((s) => s.children)).toHaveLength(many.length);
  });
});
