/**
 * The size of a chart's narrow layout, drawn for a phone: about the width it is shown at (a 390 px
 * screen less the page's padding), so that its 12-unit text renders at about 12 px.
 */
export const NARROW_CHART = { width: 360, height: 340 } as const;

/** A board draws its chart against sequential steps only when this many of its models state their steps. */
export const MIN_SPEED_POINTS = 3;
