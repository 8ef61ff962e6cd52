/**
 * KaTeX writes a named operator (`\min`, `\max`, `\log`, `\operatorname{...}`) as two MathML
 * elements, `<mi>min</mi><mo>&ApplyFunction;</mo>`, and when the operator alone fills a script or
 * another argument (`\alpha_{\min}`, `\frac{\log}{2}`) it puts both there without a row around them:
 * `<msub><mi>α</mi><mi>min</mi><mo>⁡</mo></msub>`, three children where `msub` takes two. The HTML
 * standard's MathML rules (and the W3C checker) reject that. This rehype plugin, run after
 * rehype-katex, wraps each such pair in an `<mrow>` inside elements that take a fixed number of
 * arguments. Only the MathML read by assistive technology changes; KaTeX's visible HTML is untouched.
 */

interface HastNode {
  type: string;
  tagName?: string;
  value?: string;
  properties?: Record<string, unknown>;
  children?: HastNode[];
}

/** MathML elements whose children are a fixed number of arguments, each of which must be one element. */
const FIXED_ARITY: Record<string, number> = {
  msub: 2,
  msup: 2,
  msubsup: 3,
  munder: 2,
  mover: 2,
  munderover: 3,
  mfrac: 2,
  mroot: 2,
};

const FUNCTION_APPLICATION = '\u2061';

const isElement = (node: HastNode | undefined, tagName: string): node is HastNode =>
  node?.type === 'element' && node.tagName === tagName;

/** `<mo>&ApplyFunction;</mo>`, the invisible operator KaTeX puts after a named operator. */
const isApplyFunction = (node: HastNode | undefined) =>
  isElement(node, 'mo') && node.children?.length === 1 && node.children[0].value === FUNCTION_APPLICATION;

/** The children of a fixed-arity element with each `<mi>` + `<mo>&ApplyFunction;</mo>` pair wrapped in one `<mrow>`. */
function groupOperators(children: HastNode[]): HastNode[] {
  const out: HastNode[] = [];
  for (let i = 0; i < children.length; i++) {
    if (isElement(children[i], 'mi') && isApplyFunction(children[i + 1])) {
      out.push({ type: 'element', tagName: 'mrow', properties: {}, children: [children[i], children[i + 1]] });
      i++;
    } else out.push(children[i]);
  }
  return out;
}

export default function rehypeMathmlScripts() {
  const visit = (node: HastNode) => {
    if (!node.children) return;
    const arity = node.type === 'element' && node.tagName ? FIXED_ARITY[node.tagName] : undefined;
    if (arity !== undefined) {
      const elements = node.children.filter((c) => c.type === 'element').length;
      if (elements > arity) node.children = groupOperators(node.children);
    }
    node.children.forEach(visit);
  };
  return (tree: HastNode) => visit(tree);
}
