/**
 * Zooming the time axis: which slice of the full domain is visible at a zoom level, centred on the
 * current event. Pure arithmetic on epoch milliseconds, so it is tested without a browser.
 */

/** Zoom factors the buttons step through; 1 = the whole story, 16 ≈ a year and a half. */
export const ZOOM_LEVELS: readonly number[] = [1, 2, 4, 8, 16];

export const MIN_ZOOM = ZOOM_LEVELS[0] ?? 1;
export const MAX_ZOOM = ZOOM_LEVELS[ZOOM_LEVELS.length - 1] ?? 1;

/** The next level up (or the same level at the top). */
export function zoomIn(zoom: number): number {
  return ZOOM_LEVELS.find((level) => level > zoom) ?? MAX_ZOOM;
}

/** The next level down (or the same level at the bottom). */
export function zoomOut(zoom: number): number {
  return [...ZOOM_LEVELS].reverse().find((level) => level < zoom) ?? MIN_ZOOM;
}

/** Any number → a level in ZOOM_LEVELS (the nearest not above it). */
export function clampZoom(zoom: number): number {
  if (!Number.isFinite(zoom)) return MIN_ZOOM;
  return [...ZOOM_LEVELS].reverse().find((level) => level <= zoom) ?? MIN_ZOOM;
}

/**
 * The visible [start, end] at `zoom`, centred on `centre` but shifted to stay inside the full
 * domain (so zooming near an end shows the end instead of empty space).
 */
export function visibleDomain(full: readonly [number, number], centre: number, zoom: number): [number, number] {
  const [start, end] = full;
  const width = (end - start) / Math.max(zoom, 1);
  let from = centre - width / 2;
  from = Math.min(Math.max(from, start), end - width);
  return [from, from + width];
}

/** A phone's first zoom: about six years of the story across its width. */
export const PHONE_ZOOM = 4;
