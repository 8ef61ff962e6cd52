/**
 * Label placement for the build-time charts: each label tries a few spots around its point and takes
 * the first that overlaps no label already placed and stays inside the chart; a label with no free
 * spot is left out (the chart's description and its table still name the point). Text width is
 * estimated from the character count, generously, since the SVG is laid out before any font is known.
 */

export interface LabelRequest {
  /** The point the label belongs to. */
  x: number;
  y: number;
  text: string;
}

export interface PlacedLabel {
  /** Where the text is drawn (its baseline start, or end when `anchor` is "end"). */
  x: number;
  y: number;
  anchor: 'start' | 'end';
  /** The box the text is expected to cover. */
  box: Box;
}

export interface Box {
  left: number;
  top: number;
  right: number;
  bottom: number;
}

/** Average advance of a character, as a share of the font size (wide sans-serif fonts reach about 0.6). */
const CHAR_WIDTH = 0.62;

/**
 * Spots tried in order: beside the point above and below, then further below (under a Pareto front
 * the space below and to the left is empty by definition). Offsets in font sizes.
 */
const SPOTS: ReadonlyArray<{ dx: number; dy: number; anchor: 'start' | 'end' }> = [
  { dx: 0.75, dy: -0.6, anchor: 'start' },
  { dx: 0.75, dy: 1.5, anchor: 'start' },
  { dx: -0.75, dy: -0.6, anchor: 'end' },
  { dx: -0.75, dy: 1.5, anchor: 'end' },
  { dx: -0.3, dy: 2.6, anchor: 'end' },
  { dx: 0.3, dy: 2.6, anchor: 'start' },
  { dx: -0.3, dy: 3.7, anchor: 'end' },
  { dx: 0.3, dy: 3.7, anchor: 'start' },
];

const textWidth = (text: string, fontSize: number) => text.length * fontSize * CHAR_WIDTH;

/** The box of a mark of radius `r` centred on (x, y). */
export const around = (x: number, y: number, r: number): Box => ({
  left: x - r,
  right: x + r,
  top: y - r,
  bottom: y + r,
});

export const overlaps = (a: Box, b: Box) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

/**
 * Places labels in the order given (earlier labels win). `bounds` is the area labels must stay in;
 * `obstacles` are boxes no label may cover (the chart's marks), so that text never sits on a mark.
 */
export function placeLabels(
  requests: readonly LabelRequest[],
  bounds: Box,
  fontSize: number,
  obstacles: readonly Box[] = [],
): Array<PlacedLabel | null> {
  const placed: Box[] = [...obstacles];
  return requests.map((r) => {
    const w = textWidth(r.text, fontSize);
    for (const s of SPOTS) {
      const x = r.x + s.dx * fontSize;
      const y = r.y + s.dy * fontSize;
      const left = s.anchor === 'start' ? x : x - w;
      // The box covers ascenders above the baseline and a little below it.
      const box = { left, right: left + w, top: y - fontSize, bottom: y + fontSize * 0.3 };
      const inside =
        box.left >= bounds.left && box.right <= bounds.right && box.top >= bounds.top && box.bottom <= bounds.bottom;
      if (inside && !placed.some((p) => overlaps(p, box))) {
        placed.push(box);
        return { x: round(x), y: round(y), anchor: s.anchor, box };
      }
    }
    return null;
  });
}

const round = (v: number) => Math.round(v * 10) / 10;
