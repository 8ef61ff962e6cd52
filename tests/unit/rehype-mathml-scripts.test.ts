import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import rehypeKatex from 'rehype-katex';
import remarkMath from 'remark-math';
import { expect, test } from 'vitest';
import rehypeMathmlScripts from '../../src/markdown/rehype-mathml-scripts';

const render = async (markdown: string, rehypePlugins: unknown[]) => {
  const processor = await createMarkdownProcessor({
    syntaxHighlight: false,
    remarkPlugins: [remarkMath],
    rehypePlugins: rehypePlugins as never,
  });
  return (await processor.render(markdown)).code;
};
const mathml = (html: string) => html.slice(html.indexOf('<math'), html.indexOf('</math>'));
/** The page without KaTeX's MathML: what is drawn on screen. */
const visible = (html: string) => html.replace(/<span class="katex-mathml">.*?<\/math><\/span>/gs, '');

test('a named operator alone in a script or fraction becomes one row; the visible formula is unchanged', async () => {
  const tex = 'Clip to $[\\alpha_{\\min},\\alpha_{\\max}]$, $\\sigma_{\\min}=0.04$, $\\frac{\\log}{2}$, $\\min_x f$.';
  const before = await render(tex, [rehypeKatex]);
  const after = await render(tex, [rehypeKatex, rehypeMathmlScripts]);
  // What KaTeX writes on its own: three children in <msub>, which takes two.
  expect(mathml(before)).toContain('<msub><mi>α</mi><mi>min</mi><mo>⁡</mo></msub>');
  expect(after).toContain('<msub><mi>α</mi><mrow><mi>min</mi><mo>⁡</mo></mrow></msub>');
  expect(after).toContain('<msub><mi>α</mi><mrow><mi>max</mi><mo>⁡</mo></mrow></msub>');
  expect(after).toContain('<msub><mi>σ</mi><mrow><mi>min</mi><mo>⁡</mo></mrow></msub>');
  expect(after).toContain('<mfrac><mrow><mi>log</mi><mo>⁡</mo></mrow><mn>2</mn></mfrac>');
  // An operator with its own script was already one row: left as KaTeX wrote it.
  expect(after).toContain('<msub><mrow><mi>min</mi><mo>⁡</mo></mrow><mi>x</mi></msub>');
  expect(after).not.toContain('<mrow><mrow><mi>min</mi>');
  expect(visible(after)).not.toContain('<math');
  expect(visible(after)).toBe(visible(before));
  expect(after).toContain('<annotation encoding="application/x-tex">[\\alpha_{\\min},\\alpha_{\\max}]</annotation>');
});
