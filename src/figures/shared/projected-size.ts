/**
 * Present mode's legibility rule, in one place: projected text renders at 18 px or more on a
 * 1280×720 or 1024×768 projector and at 24 px or more on a 1920×1080 one (e2e/present.spec.ts
 * "projection-legible" measures it). A figure designs its projection for the small room and lets
 * this helper grow it for the large one (by 24/18, the rule's own ratio) and undo the drawing's
 * scale, so every figure follows the same rule instead of a table of sizes per figure.
 */

/** A present-mode drawing box this wide or wider is on a 1920-px screen (1280 px screens give ≤ 1280). */
export const LARGE_ROOM_MIN_WIDTH = 1500;

/** The smallest text a room may see, in rendered CSS px, for a drawing box of this width. */
export function projectedFloor(box: { readonly width: number }): number {
  return box.width >= LARGE_ROOM_MIN_WIDTH ? 24 : 18;
}

/**
 * The font size to draw projected text designed at `base` px for the small room (raised to 18 if
 * less): grown by 24/18 in the large room, and divided by `scale`, the drawing's rendered CSS px
 * per SVG unit (1 where the viewBox is the box itself). Rounded up to a whole unit, so the rendered
 * size never falls under the design.
 */
export function projectedSize(box: { readonly width: number }, base: number, scale = 1): number {
  const px = Math.max(base, 18) * (projectedFloor(box) / 18);
  // The epsilon keeps a size that is already whole (26 × 24/18 = 34.666…, 18 × 24/18 = 24) exact.
  return Math.ceil(px / scale - 1e-9);
}
